using Crosscheck.Model;
using Crosscheck.Reports;
using Crosscheck.Tests.Storage;

namespace Crosscheck.Tests.Reports;

public sealed class StoryListWriterTests
{
    [Fact]
    public void Lists_id_counts_and_headline_one_line_per_story()
    {
        var story = TestCorpus.Story();
        var second = new StoryFindings(
            new StoryCluster(new StoryId("s-2"), [TestCorpus.Ledger.Id]), "Two\nlines", [], [], [], [], []);
        using var writer = new StringWriter();

        StoryListWriter.Write([story, second], writer);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("STORY", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{story.Story.Id.Value}         3         2  Landslide buries 14 homes in Tarrowby", lines[1]);
        Assert.Equal($"{"s-2".PadRight(story.Story.Id.Value.Length)}         1         0  Two lines", lines[2]);
        Assert.Equal("2 stories", lines[3]);
    }
}
