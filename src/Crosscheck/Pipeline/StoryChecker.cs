using Crosscheck.Facts;
using Crosscheck.Model;
using Crosscheck.Stories;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>
/// Finds a story's wire-copy families, resolves its entities and cross-checks it. A failure on
/// one story's text keeps that story without facts and records an error in
/// <see cref="Diagnostics"/>, so the other stories are still checked. One instance per run.
/// </summary>
internal sealed class StoryChecker(PipelineOptions options)
{
    private readonly SyndicationDetector _syndication = new(options.Syndication);
    private readonly EntityResolver _resolver = new(options.Resolver);
    private readonly CrossChecker _checker = new(options.CrossCheck);
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Stories that could not be cross-checked, one error each.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The findings of <paramref name="story"/> over its <paramref name="members"/> (in story order, dates inferred).</summary>
    public StoryFindings Check(StoryCluster story, List<AnnotatedArticle> members)
    {
        IReadOnlyList<Family> families = [];
        try
        {
            families = _syndication.Detect(members);
            var entities = _resolver.Resolve(members);
            return _checker.Check(story, members, families, entities);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or
                                   NullReferenceException or KeyNotFoundException or FormatException or OverflowException)
        {
            // A bug met on one story's text must not cost the other stories: keep this one without facts, and say so.
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.StoryCheckFailed, Severity.Error,
                $"story {story.Id} ({members.Count} articles): cross-checking failed ({ex.GetType().Name}: {ex.Message}); " +
                "the story is kept without facts, the other stories are checked; please report this with the input",
                new DiagnosticLocation(members[0].Article.SourcePath)));
            return new StoryFindings(story, members[0].Article.Metadata.Title ?? "", families, [], [], [], []);
        }
    }
}
