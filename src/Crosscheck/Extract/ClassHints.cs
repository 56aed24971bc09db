namespace Crosscheck.Extract;

/// <summary>What an element's class and id names say.</summary>
/// <param name="Unlikely">Named like site chrome (comments, sidebar, share, related, newsletter, ...) and not also like content.</param>
/// <param name="StrongChrome">Named like a caption, credit, share bar, byline, related list or newsletter box, whatever else it says.</param>
/// <param name="Weight">+25 for content-like names (article, body, story, entry), −25 for chrome-like ones; both may apply.</param>
internal readonly record struct ClassHints(bool Unlikely, bool StrongChrome, double Weight);
