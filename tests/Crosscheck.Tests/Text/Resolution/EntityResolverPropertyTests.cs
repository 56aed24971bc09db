using Crosscheck.Model;
using Crosscheck.Tests.Stories;
using Crosscheck.Text;
using Crosscheck.Text.Resolution;
using CsCheck;

namespace Crosscheck.Tests.Text.Resolution;

public sealed class EntityResolverPropertyTests
{
    [Fact]
    public void Every_mention_resolves_to_exactly_one_entity()
    {
        var names = Gen.Select(Gen.Char["ABELNORSU\u00C9"], Gen.String[Gen.Char["AaBbEeLlNnOoRrSsUu .'()-\u00C9"], 0, 24], (first, rest) => first + rest);
        var kinds = Gen.Enum<EntityKind>();
        Gen.Select(names, kinds).Array[1, 12].Sample(items =>
        {
            var mentions = items.Distinct().Select(i => (i.Item1, i.Item2)).ToArray();
            var text = string.Join(" and ", mentions.Select(m => m.Item1)) + ".";
            var article = TestArticles.Make("prop", null, [text], entities: mentions);

            var resolution = new EntityResolver(EntityResolverOptions.Default).Resolve([article]);

            var resolved = resolution.Entities.SelectMany(e => e.Mentions).ToList();
            Assert.Equal(resolved.Count, resolved.Distinct().Count());
            foreach (var mention in article.Entities)
            {
                Assert.True(resolution.TryGetEntity(article.Id, mention.Span, out _), mention.Span.Of(article.Text));
            }
        }, iter: 300);
    }
}
