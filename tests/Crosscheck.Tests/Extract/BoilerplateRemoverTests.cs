using Crosscheck.Model;
using static Crosscheck.Tests.Extract.ExtractTestKit;

namespace Crosscheck.Tests.Extract;

public sealed class BoilerplateRemoverTests
{
    private const string Lede = "The city council of a small lakeside town approved a new budget on Thursday after a long debate about school funding and roads.";
    private const string Second = "Council members said the plan would raise spending on bus routes by a fifth while holding property taxes flat for another year.";
    private const string Third = "Residents who spoke at the meeting were divided, with several warning that the road repairs had been promised many times before.";

    private static string Article(string top, string middle, string bottom) =>
        $"Town approves budget after long debate\n\n{top}\n\n{Lede}\n\n{middle}\n\n{Second}\n\n{Third}\n\n{bottom}\n";

    [Theory]
    [InlineData("Support Us", ChromeKind.Appeal)]
    [InlineData("Please donate today so we can keep reporting on your community.", ChromeKind.Appeal)]
    [InlineData("Sign up for our weekly newsletter to get the best stories.", ChromeKind.Appeal)]
    [InlineData("For breaking updates, follow our Telegram channel and turn on alerts.", ChromeKind.SocialCall)]
    [InlineData("Leave a Reply", ChromeKind.Control)]
    [InlineData("© 2023 Lakeside Gazette. All rights reserved.", ChromeKind.Footer)]
    [InlineData("Articles may be republished only with written permission from the editors.", ChromeKind.Footer)]
    [InlineData("Tags: budget, schools, roads, council", ChromeKind.TagList)]
    [InlineData("budget, schools, roads, council, taxes", ChromeKind.TagList)]
    public void Tail_chrome_is_removed_with_its_kind(string chrome, ChromeKind kind)
    {
        var article = ExtractArticle(Article("", "", chrome));
        Assert.Equal(kind, RemovedAs(article, chrome));
        Assert.True(IsBody(article, Lede) && IsBody(article, Second) && IsBody(article, Third));
    }

    [Theory]
    [InlineData("Enable Read mode\n100% Font Size", ChromeKind.Control)]
    [InlineData("Full Screen\n3 / 12", ChromeKind.Control)]
    [InlineData("2 / 9", ChromeKind.GalleryCounter)]
    [InlineData("Photo: Lena Park", ChromeKind.Credit)]
    [InlineData("A ferry crosses the lake at dawn on Monday. (Lena Park via Lakeside Wire)", ChromeKind.Credit)]
    [InlineData("A ferry crosses the lake at dawn on Monday. **NOVA / PRESS**", ChromeKind.Credit)]
    public void Top_chrome_is_removed(string chrome, ChromeKind kind)
    {
        var article = ExtractArticle(Article(chrome, "", ""));
        Assert.Equal(kind, RemovedAs(article, chrome.Split('\n')[0]));
        Assert.True(IsBody(article, Lede));
    }

    [Fact]
    public void Short_name_line_next_to_a_gallery_counter_is_a_credit()
    {
        var article = ExtractArticle(Article("4 / 7\n\nRegional Transport Authority", "", ""));
        Assert.Equal(ChromeKind.Credit, RemovedAs(article, "Regional Transport Authority"));
    }

    [Fact]
    public void Link_list_after_a_read_more_header_is_removed_until_prose_resumes()
    {
        string links = "Read more:\n\nMayor unveils plan for new harbour park\n\nTeachers vote to accept revised pay offer\n\nWhy the lake level keeps falling";
        var article = ExtractArticle(Article("", links, ""));
        Assert.Equal(ChromeKind.LinkList, RemovedAs(article, "Read more:"));
        Assert.Equal(ChromeKind.LinkList, RemovedAs(article, "Teachers vote to accept"));
        Assert.Equal(ChromeKind.LinkList, RemovedAs(article, "Why the lake level"));
        Assert.True(IsBody(article, Second));
        Assert.True(IsBody(article, Third));
    }

    [Fact]
    public void Inline_related_link_is_removed()
    {
        var article = ExtractArticle(Article("", "**Related:** [Mayor unveils harbour plan](https://example.org/x)", ""));
        Assert.Equal(ChromeKind.LinkList, RemovedAs(article, "Mayor unveils harbour plan"));
    }

    [Fact]
    public void Mid_article_social_call_is_removed_but_short_real_sentences_stay()
    {
        var article = ExtractArticle(Article("", "For the latest headlines, follow our news channel online or in the app.\n\nNobody objected.", "The vote was unanimous."));
        Assert.Equal(ChromeKind.SocialCall, RemovedAs(article, "follow our news channel"));
        Assert.True(IsBody(article, "Nobody objected."));
        Assert.True(IsBody(article, "The vote was unanimous."));
    }

    [Fact]
    public void Quoted_speech_with_our_and_subscribe_words_survives()
    {
        string quote = "\"We will not let our subscribers down,\" the publisher said in a statement on Friday, adding that prices would stay the same.";
        var article = ExtractArticle(Article("", quote, ""));
        Assert.True(IsBody(article, quote));
    }

    [Fact]
    public void Caption_printed_twice_is_removed()
    {
        string caption = "Volunteers clear debris from the shore after the storm on Sunday.";
        var article = ExtractArticle(Article(caption + "\n" + caption, "", ""));
        Assert.Equal(ChromeKind.Credit, RemovedAs(article, caption));
        Assert.DoesNotContain(article.Body, s => s.Of(article.Text).Contains(caption, StringComparison.Ordinal));
    }

    [Fact]
    public void Trailing_promo_lines_are_removed()
    {
        var article = ExtractArticle(Article("", "", "Lakeside Video\nOur best new short films\nWatch on"));
        Assert.NotNull(RemovedAs(article, "Lakeside Video"));
        Assert.NotNull(RemovedAs(article, "Our best new short films"));
        Assert.Equal(3, article.Body.Count);
    }

    [Fact]
    public void Subheading_inside_the_article_is_kept()
    {
        var article = ExtractArticle(Article("", "What happens next", ""));
        Assert.True(IsBody(article, "What happens next"));
    }
}
