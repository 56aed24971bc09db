using System.Collections.Frozen;

namespace Crosscheck.Stories;

/// <summary>
/// Common English function words, news boilerplate verbs, and the names of weekdays and months,
/// lower-case; not content terms. A weekday or month says when a text was written, not what it is
/// about: the digests and live pages of one day ("Business news and markets: as it happened - March
/// 10, 2014", "The Shortlist for March 10") share it whatever their stories ("may" is here as the verb).
/// </summary>
internal static class StopWords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did",
        "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "yourself", "said", "says", "say", "told", "according", "mr", "mrs", "ms", "one",
        "two", "new", "last", "first", "year", "years", "week", "day", "days", "since", "still", "yet", "however",
        "may", "might", "must", "many", "much", "another", "around", "among", "amid", "per", "via", "s", "t",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "sept",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        English.GetAlternateLookup<ReadOnlySpan<char>>();
}
