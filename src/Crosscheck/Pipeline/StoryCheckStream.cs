using Crosscheck.Model;
using Crosscheck.Storage;
using Crosscheck.Stories;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>
/// Checks the stories an analysis must store again, lazily and a batch at a time: each batch's
/// missing members (about <c>articlesPerRead</c> articles) are read from the store, its stories
/// checked and handed on, so the store writes them as they come and neither the articles nor the
/// findings of the whole run are held at once. The store enumerates <see cref="Stories"/> inside
/// its write transaction, and reads the members through the same connection.
/// </summary>
internal sealed class StoryCheckStream(
    SqliteStore store,
    IReadOnlyList<HeldStory> changed,
    Dictionary<ArticleId, StoredArticle> kept,
    StoryChecker checker,
    TextAnalyzer analyzer,
    int articlesPerRead,
    Dictionary<ArticleId, StoredArticle>? collected,
    IProgress<AnalysisProgress>? progress)
{
    /// <summary>Articles read with their layers so far (the kept ones included).</summary>
    public int ArticlesRead { get; private set; } = kept.Count;

    /// <summary>Stories checked so far.</summary>
    public int Checked { get; private set; }

    public IEnumerable<PlacedStory> Stories()
    {
        progress?.Report(new AnalysisProgress(AnalysisProgress.Checking, 0, changed.Count));
        var batch = new List<HeldStory>();
        var batchArticles = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            batch.Add(changed[i]);
            batchArticles += changed[i].Story.ArticleIds.Count;
            if (batchArticles < articlesPerRead && i < changed.Count - 1)
            {
                continue;
            }

            var read = ReadMembers(batch);
            ArticlesRead += read.Count;
            foreach (var held in batch)
            {
                yield return Check(held, read);
            }

            batch.Clear();
            batchArticles = 0;
            progress?.Report(new AnalysisProgress(AnalysisProgress.Checking, Checked, changed.Count));
        }
    }

    private PlacedStory Check(HeldStory held, Dictionary<ArticleId, StoredArticle> read)
    {
        var story = held.Story;
        var members = new List<AnnotatedArticle>(story.ArticleIds.Count);
        foreach (var id in story.ArticleIds)
        {
            members.Add(Member(id, read).Article);
        }

        members = PublicationDateInferrer.InferFromStory(members, analyzer);
        if (collected is not null)
        {
            foreach (var member in members)
            {
                collected[member.Id] = Member(member.Id, read) with { Article = member };
            }
        }

        Checked++;
        return new PlacedStory(held.Ordinal + 1L, checker.Check(story, members));
    }

    private StoredArticle Member(ArticleId id, Dictionary<ArticleId, StoredArticle> read) =>
        kept.TryGetValue(id, out var article) ? article : read[id];

    private Dictionary<ArticleId, StoredArticle> ReadMembers(List<HeldStory> stories)
    {
        var missing = new List<ArticleId>();
        foreach (var story in stories)
        {
            foreach (var id in story.Story.ArticleIds)
            {
                if (!kept.ContainsKey(id))
                {
                    missing.Add(id);
                }
            }
        }

        var read = new Dictionary<ArticleId, StoredArticle>(missing.Count);
        foreach (var article in store.LoadArticles(missing))
        {
            read[article.Article.Id] = article;
        }

        return read;
    }
}
