using Crosscheck.Model;
using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

public sealed class TeamRolesTests
{
    [Theory]
    [InlineData("The Kelm quarterback Ana Duro threw twice.", "Kelm", EntityKind.Place)]
    [InlineData("Varnby soccer player Bo Lind signed.", "Varnby", EntityKind.Place)]
    [InlineData("Kelm Central senior Mara Tell won the race.", "Kelm Central", EntityKind.Place)]
    [InlineData("He moved to Orm Athletic keeper Tavi Rell.", "Orm Athletic", EntityKind.Person)]
    [InlineData("Kelm defensive end Ana Duro was fined.", "Kelm", EntityKind.Place)]
    public void A_name_before_a_sports_role_and_a_person_is_a_team(string text, string team, EntityKind kind)
    {
        var person = text[(text.IndexOf(team, StringComparison.Ordinal) + team.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => !char.IsUpper(w[0])).Take(2);
        var mentions = new List<EntityMention> { TestMentions.Of(text, team, kind), TestMentions.Of(text, string.Join(' ', person), EntityKind.Person) };

        TeamRoles.Apply(text, mentions);

        Assert.Equal([EntityKind.Organization, EntityKind.Person], mentions.Select(m => m.Kind));
    }

    [Theory]
    [InlineData("The Kelm resident Ana Duro complained.", "Kelm", EntityKind.Place)]
    [InlineData("Dornish striker Bo Lind scored.", "Dornish", EntityKind.Other)]
    [InlineData("The Kelm player, Bo Lind, scored.", "Kelm", EntityKind.Place)]
    [InlineData("Kelm coach and Bo Lind met.", "Kelm", EntityKind.Place)]
    public void Other_words_demonyms_and_gaps_leave_the_name_alone(string text, string name, EntityKind kind)
    {
        var mentions = new List<EntityMention> { TestMentions.Of(text, name, kind), TestMentions.Of(text, "Bo Lind", EntityKind.Person) };
        if (text.Contains("Ana Duro", StringComparison.Ordinal))
        {
            mentions[1] = TestMentions.Of(text, "Ana Duro", EntityKind.Person);
        }

        TeamRoles.Apply(text, mentions);

        Assert.Equal(kind, mentions[0].Kind);
    }
}
