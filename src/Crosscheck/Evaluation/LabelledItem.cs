namespace Crosscheck.Evaluation;

/// <summary>One item of a labelled story stream: a title, optional text, time, outlet and its true story.</summary>
/// <param name="Id">The record's id as given in the file.</param>
/// <param name="Title">The headline.</param>
/// <param name="Text">Body text; empty for headline-only data.</param>
/// <param name="Published">Publication time; null when unknown (input order is then time order).</param>
/// <param name="Outlet">Publisher, if given.</param>
/// <param name="Label">The true story.</param>
/// <param name="Url">The article's URL, if given (its slug often holds the headline's words).</param>
/// <param name="Category">A coarse section (UCI: b business, e entertainment, t technology, m health), if given; used only to split data for tuning.</param>
public sealed record LabelledItem(
    string Id, string Title, string Text, DateTimeOffset? Published, string? Outlet, string Label, string? Url = null, string? Category = null);
