using Crosscheck.Model;

namespace Crosscheck.Facts;

/// <summary>
/// Groups the claims of a story that answer the same question. Claims align when they have the
/// same kind and key and, by kind:
/// quantities — numbers within <see cref="CrossCheckOptions.SameQuestionRatio"/> of each other
/// (a toll of 870 and an incident of 3 are different questions) and compatible dates;
/// votes — the same voting body when both name one;
/// dated events — overlapping participants (or none named), no disjoint places, and dates within
/// <see cref="CrossCheckOptions.EventWindowDays"/>;
/// quotes — similar wording (word-set Jaccard ≥ <see cref="CrossCheckOptions.QuoteSimilarity"/>), whoever the speaker,
/// or one speaker's words repeated in part (<see cref="PartialQuote"/>);
/// attributes — the key alone, which names the attribute and the entity (<c>age:e3</c>, <c>role:e3</c>).
/// </summary>
public sealed class FactAligner
{
    private readonly CrossCheckOptions _options;

    public FactAligner(CrossCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Aligns claims given in story order; the result is in order of first appearance.</summary>
    public IReadOnlyList<AlignedFact> Align(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var byKey = new Dictionary<(ClaimKind, string), List<Group>>();
        var all = new List<Group>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (!byKey.TryGetValue((claim.Kind, claim.Key), out var groups))
            {
                groups = [];
                byKey[(claim.Kind, claim.Key)] = groups;
            }

            Group? home = null;
            foreach (var group in groups)
            {
                if (Fits(group, claim))
                {
                    home = group;
                    break;
                }
            }

            if (home is null)
            {
                home = new Group(i);
                groups.Add(home);
                all.Add(home);
            }

            home.Add(claim);
        }

        var result = new List<AlignedFact>(all.Count);
        foreach (var group in all)
        {
            result.Add(group.ToFact());
        }

        return result;
    }

    private bool Fits(Group group, Claim claim) => claim.Kind switch
    {
        ClaimKind.Quantity => SameMagnitude(group, claim) && DatesClose(group, claim),
        ClaimKind.Vote => group.Anchor is null || claim.Anchor is null || group.Anchor == claim.Anchor,
        ClaimKind.DatedEvent => SharesParticipants(group, claim, BetweenParties(claim.Key)) && DatesClose(group, claim),
        ClaimKind.Interaction => DatesClose(group, claim),
        ClaimKind.Quote => Jaccard(group.QuoteWords, QuoteWords(claim)) >= _options.QuoteSimilarity
            || PartialQuote.IsPartOf(claim.Value, group.QuoteValue) || PartialQuote.IsPartOf(group.QuoteValue, claim.Value),
        _ => true,
    };

    private bool SameMagnitude(Group group, Claim claim)
    {
        if (claim.Number is not { } n)
        {
            return true;
        }

        var low = Math.Min(group.MinNumber, n);
        var high = Math.Max(group.MaxNumber, n);
        if (low <= 0)
        {
            return high <= 0;
        }

        return (double)(high / low) <= _options.SameQuestionRatio || high - low <= _options.SameQuestionSlack;
    }

    /// <summary>Both dated to days (or ranges) no further apart than the event window; undated claims fit anywhere.</summary>
    private bool DatesClose(Group group, Claim claim)
    {
        if (claim.Date is not { } date || !IsDayLike(date) || group.DateStart is not { } start || group.DateEnd is not { } end)
        {
            return true;
        }

        var gap = date.End < start ? start.DayNumber - date.End.DayNumber : date.Start > end ? date.Start.DayNumber - end.DayNumber : 0;
        return gap <= _options.EventWindowDays;
    }

    /// <summary>Events between two parties (a meeting, a signing): one shared party is not enough.</summary>
    private static bool BetweenParties(string key) => key is "event:meeting" or "event:signing";

    /// <summary>
    /// Participants overlap and named places do not disagree. For events between parties, when
    /// both sides name two or more people or organisations, two of them must be shared: the
    /// protagonist of a story meets many people, and a meeting with one is not a meeting with another.
    /// </summary>
    private static bool SharesParticipants(Group group, Claim claim, bool betweenParties)
    {
        if (claim.Participants.Count == 0 || group.Participants.Count == 0)
        {
            return true;
        }

        var shared = 0;
        var sharedParties = 0;
        var claimParties = 0;
        var claimHasPlace = false;
        var sharedPlace = false;
        foreach (var p in claim.Participants)
        {
            var inGroup = group.Participants.Contains(p.EntityId);
            shared += inGroup ? 1 : 0;
            if (p.Kind == EntityKind.Place)
            {
                claimHasPlace = true;
                sharedPlace |= inGroup;
            }
            else if (p.Kind != EntityKind.Other)
            {
                claimParties++;
                sharedParties += inGroup ? 1 : 0;
            }
        }

        if (betweenParties && claimParties >= 2 && group.PartyCount >= 2 && sharedParties < 2)
        {
            return false;
        }

        return shared > 0 && (!claimHasPlace || !group.HasPlace || sharedPlace);
    }

    internal static bool IsDayLike(DateValue date) => date.Precision is DatePrecision.Day or DatePrecision.Range;

    internal static HashSet<string> QuoteWords(Claim claim)
    {
        var colon = claim.Value.IndexOf(": ", StringComparison.Ordinal);
        var words = colon < 0 ? claim.Value : claim.Value[(colon + 2)..];
        return new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    internal static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var word in a)
        {
            if (b.Contains(word))
            {
                shared++;
            }
        }

        return shared / (double)(a.Count + b.Count - shared);
    }

    private static FactKind FactKindOf(ClaimKind kind) => kind switch
    {
        ClaimKind.Quantity or ClaimKind.Vote => FactKind.Quantity,
        ClaimKind.DatedEvent => FactKind.Date,
        ClaimKind.Quote => FactKind.Quote,
        ClaimKind.Attribute => FactKind.Attribute,
        _ => FactKind.Event,
    };

    /// <summary>Claims collected for one question, with the running summaries used to match new claims.</summary>
    private sealed class Group(int firstSeen)
    {
        private readonly List<Claim> _claims = [];

        public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);

        /// <summary>Distinct people and organisations among the participants.</summary>
        public int PartyCount => _parties.Count;

        private readonly HashSet<string> _parties = new(StringComparer.Ordinal);

        public bool HasPlace { get; private set; }

        public string? Anchor { get; private set; }

        public decimal MinNumber { get; private set; } = decimal.MaxValue;

        public decimal MaxNumber { get; private set; } = decimal.MinValue;

        public DateOnly? DateStart { get; private set; }

        public DateOnly? DateEnd { get; private set; }

        public HashSet<string> QuoteWords { get; private set; } = [];

        /// <summary>The first quote's value ("Speaker: words"), for quotes repeated in part.</summary>
        public string QuoteValue { get; private set; } = string.Empty;

        public void Add(Claim claim)
        {
            if (_claims.Count == 0 && claim.Kind == ClaimKind.Quote)
            {
                QuoteWords = FactAligner.QuoteWords(claim);
                QuoteValue = claim.Value;
            }

            _claims.Add(claim);
            Anchor ??= claim.Anchor;
            foreach (var p in claim.Participants)
            {
                Participants.Add(p.EntityId);
                HasPlace |= p.Kind == EntityKind.Place;
                if (p.Kind is EntityKind.Person or EntityKind.Organization)
                {
                    _parties.Add(p.EntityId);
                }
            }

            if (claim.Number is { } n)
            {
                MinNumber = Math.Min(MinNumber, n);
                MaxNumber = Math.Max(MaxNumber, n);
            }

            if (claim.Date is { } date && IsDayLike(date))
            {
                DateStart = DateStart is { } s && s < date.Start ? s : date.Start;
                DateEnd = DateEnd is { } e && e > date.End ? e : date.End;
            }
        }

        public AlignedFact ToFact()
        {
            var variants = new List<FactVariant>();
            var order = new List<string>();
            var sources = new Dictionary<string, List<SourceRef>>(StringComparer.Ordinal);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var claim in _claims)
            {
                if (!sources.TryGetValue(claim.Value, out var list))
                {
                    list = [];
                    sources[claim.Value] = list;
                    texts[claim.Value] = claim.Text;
                    order.Add(claim.Value);
                }

                if (!list.Contains(claim.Source))
                {
                    list.Add(claim.Source);
                }

                if (claim.DateSource is { } dateSource && !list.Contains(dateSource))
                {
                    list.Add(dateSource);
                }
            }

            foreach (var value in order)
            {
                variants.Add(new FactVariant(value, texts[value], sources[value]));
            }

            var subjectClaim = _claims.Find(c => c.Anchor is not null) ?? _claims[0];
            return new AlignedFact(FactKindOf(_claims[0].Kind), _claims[0].Kind, _claims[0].Key, subjectClaim.Subject, _claims, variants, firstSeen);
        }
    }
}
