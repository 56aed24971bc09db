namespace Crosscheck.Stories;

/// <summary>Settings of <see cref="StoryClusterer"/>. <see cref="Default"/> suits news streams.</summary>
public sealed record ClusteringOptions
{
    public static ClusteringOptions Default { get; } = new();

    /// <summary>
    /// An article dated more than this many days before the first or after the last dated member
    /// of a story cannot join it. Articles or stories without dates are not constrained. Default 7.
    /// </summary>
    public int WindowDays { get; init; } = 7;

    /// <summary>
    /// A story whose last dated member is more than this many days older than the newest article
    /// seen leaves the candidate index (it keeps its members). Keeps lookups fast and memory flat on
    /// long streams while tolerating input that is only roughly in date order (a folder of articles
    /// read in file-name order). Default 60; at least twice <see cref="WindowDays"/> is used.
    /// </summary>
    public int RetireAfterDays { get; init; } = 60;

    /// <summary>
    /// Minimum similarity (cosine times time factor) for an article with full body text to join a
    /// story. Default 0.25.
    /// </summary>
    public double Threshold { get; init; } = 0.25;

    /// <summary>
    /// Minimum similarity for a short text (a headline, a one-paragraph brief): fewer shared terms
    /// give lower cosines for true matches. Used below <see cref="ShortTextTerms"/> distinct terms,
    /// blending linearly into <see cref="Threshold"/> at twice that many. Default 0.12: with
    /// <see cref="MemberFloor"/> 0.15, what <c>crosscheck tune clustering</c> picks on the UCI News
    /// Aggregator headline dev slice when tuned on either category half (b+e, t+m) or on the later
    /// half of the stories (see <see cref="MergeThreshold"/> for the third setting).
    /// </summary>
    public double ShortTextThreshold { get; init; } = 0.12;

    /// <summary>Distinct terms below which an article counts as short text. Default 24.</summary>
    public int ShortTextTerms { get; init; } = 24;

    /// <summary>
    /// Weight of one title word occurrence relative to a body word (1). Default 1.5 (was 3): on
    /// headlines it sets the title against the URL slug and entity terms; the UCI headline dev
    /// slice scores B-cubed F1 0.853 at 3 and 0.857 to 0.876 from 0.75 to 2, better on all four
    /// tuning halves at 1 and at 1.5; the full-text bench stream scores 0.993 against 0.994.
    /// </summary>
    public float TitleWeight { get; init; } = 1.5f;

    /// <summary>
    /// Weight of one word of the article URL's slug (usually the headline or its keywords, written
    /// by the outlet: "/us-china-trade-talks-resume") relative to a body word (1); 0 ignores URLs.
    /// Default 0.5 (on UCI headlines, whose slugs mostly repeat the headline, 0.5 scores B-cubed
    /// F1 0.795 against 0.790 without URLs; 1 to 3 score 0.785 to 0.789).
    /// </summary>
    public float SlugWeight { get; init; } = 0.5f;

    /// <summary>
    /// Weight of one entity-name occurrence, as a term of its own, relative to a body word (1). In a
    /// short text (below <see cref="ShortTextTerms"/> distinct words) only names of several words get
    /// that term: a one-word name is its own word already (<c>stories.cluster/11</c>). Default 2.
    /// </summary>
    public float EntityWeight { get; init; } = 2f;

    /// <summary>
    /// Extra weight of a capitalised word, as a fraction of its weight (0 = none): in sentence-case
    /// text, capitals mark names, the most distinctive terms of a story. Default 2 (tuned on headlines).
    /// </summary>
    public float CapitalizedWeight { get; init; } = 2f;

    /// <summary>
    /// Minimum similarity (centroid cosine times the time factor) between two stories for the
    /// younger story to be merged into the older one in a merge pass (above 1 disables merging).
    /// Default 0.21 (was 0.18 before a pass re-checked the stories that grew in it): on the UCI
    /// headline dev slice B-cubed F1 0.887 at 0.18, 0.886 at 0.2, 0.893 at 0.21, 0.894 at 0.22, 0.890
    /// at 0.23, 0.885 at 0.25, and 0.21 scores higher than 0.18 on each half of both tuning splits; on the
    /// full-text stream of <c>crosscheck bench stories</c> the re-check at 0.18 merges distinct
    /// stories on one topic (B-cubed precision 0.970), at 0.21 none (1.000).
    /// </summary>
    public double MergeThreshold { get; init; } = 0.21;

    /// <summary>
    /// A merge pass runs every this many articles (0: only when asked, see
    /// <see cref="StoryClusterer.MergeConverged"/>). Default 300: on the headline dev slice every
    /// value from 200 to 500 scores higher than 1000 on each half of both tuning splits (merged
    /// halves of a story draw its next articles sooner), and 300 has the best lowest half (0.890);
    /// the whole file moves between 0.890 and 0.900 over that range. Costs ~4% of clustering
    /// throughput on the 200,000-article bench.
    /// </summary>
    public int MergeEveryArticles { get; init; } = 300;

    /// <summary>Terms kept in a story centroid (the heaviest ones). Default 100.</summary>
    public int CentroidTerms { get; init; } = 100;

    /// <summary>
    /// Heaviest terms of an article used to look up candidate stories, and indexed for the story it
    /// joins: a candidate shares one of these distinctive terms with a member. Default 16.
    /// </summary>
    public int RetrievalTerms { get; init; } = 16;

    /// <summary>
    /// Candidate stories fully scored per article (or per merge check): those sharing the most
    /// retrieval-term weight with it. Bounds the cost per article when common terms list thousands
    /// of live stories. Default 24.
    /// </summary>
    public int MaxCandidates { get; init; } = 24;

    /// <summary>
    /// Time decay of the similarity, in hours: an article this many hours outside a story's time
    /// range (or, in a merge pass, two stories this many hours apart) keeps half of the decaying part
    /// of its similarity; the rest (<see cref="TimeFloor"/>, <see cref="ShortTextTimeFloor"/>) does
    /// not decay. 0 turns the decay off. Time is the article's exact publication time when the source
    /// gives one (<see cref="StoryClusterer.Add(Crosscheck.Model.AnnotatedArticle, DateTimeOffset?)"/>),
    /// else its date as the whole day, so articles dated on neighbouring days are 0 hours apart.
    /// Default 6 (UCI headline dev slice, tuned on one half of the stories and checked on the other;
    /// shorter half-lives score higher there only because each labelled story was crawled within
    /// minutes, so they are not offered).
    /// </summary>
    public double TimeHalfLifeHours { get; init; } = 6;

    /// <summary>
    /// The part of a full text's similarity that does not decay with time: the time factor is
    /// floor + (1 - floor) * 2^(-hours apart / <see cref="TimeHalfLifeHours"/>), and 0 beyond
    /// <see cref="WindowDays"/>. Full texts carry enough evidence to follow one event over days.
    /// Used from twice <see cref="ShortTextTerms"/> distinct terms, blending into
    /// <see cref="ShortTextTimeFloor"/> below. Default 0.9.
    /// </summary>
    public double TimeFloor { get; init; } = 0.9;

    /// <summary>
    /// The time floor of a short text (below <see cref="ShortTextTerms"/> distinct terms; see
    /// <see cref="TimeFloor"/>): a headline's few shared words are weak evidence, so a headline
    /// far in time from a story needs more of them. Default 0 (UCI headline dev slice: 0.858
    /// B-cubed F1 against 0.843 with 0.25 and 0.820 with 0.5).
    /// </summary>
    public double ShortTextTimeFloor { get; init; }

    /// <summary>
    /// Second chance: an article whose best centroid similarity misses the threshold is compared
    /// with the kept member vectors of this many best-scoring candidate stories, and joins the one
    /// holding its most similar member when that similarity (times the time factor) reaches
    /// <see cref="MemberThreshold"/>: a near-copy of one member's headline is strong evidence even
    /// when the story's centroid has drifted. 0 disables it. Default 3.
    /// </summary>
    public int MemberCandidates { get; init; } = 3;

    /// <summary>
    /// Minimum cosine to one member for the second chance (<see cref="MemberCandidates"/>). Default
    /// 0.6 (UCI headline dev slice: 0.55 to 0.8 score alike, 0.811 against 0.807 without; 0.5 or
    /// lower joins loosely related headlines).
    /// </summary>
    public double MemberThreshold { get; init; } = 0.6;

    /// <summary>Member vectors kept per story (the latest ones) for <see cref="MemberFloor"/> and the second chance; 0 turns both off. Default 32.</summary>
    public int MemberVectors { get; init; } = 32;

    /// <summary>
    /// Minimum cosine between an article and at least one kept member of the story whose centroid
    /// it matched (a plain cosine, no time factor); below it the centroid match is rejected and the
    /// article tries the second chance or founds a story. Stops a broad centroid (one that has drifted
    /// over several events sharing a name) from pulling in articles like none of its members.
    /// 0 disables. Default 0.15 (UCI headline dev slice: chosen over 0.2 and 0.25 on every half of
    /// both tuning splits, see <see cref="ShortTextThreshold"/>).
    /// </summary>
    public double MemberFloor { get; init; } = 0.15;

    /// <summary>
    /// Trims a publisher label from either end of a headline before counting its words
    /// ("... - WDRB 41 Louisville News", "... | Fox Business", "VIDEO: ..."): an end segment naming
    /// the article's host or outlet, or one the same host already used this many times on earlier
    /// headlines (see <see cref="HeadlineAffixTrimmer"/>); 2 is a good value. 0 disables. Default 0:
    /// extraction already strips a site suffix from HTML titles, and on the UCI headline dev slice,
    /// where 31 of 6,000 headlines carry such a label, trimming scores 0.002 to 0.003 lower on three
    /// of the four tuning halves (local-news headlines that share a station suffix are also labelled
    /// one story there).
    /// </summary>
    public int AffixRepeats { get; init; }

    /// <summary>
    /// Weight of each pair of neighbouring title words (stop words skipped) as an extra term, as a
    /// fraction of a title word's weight: "files bankruptcy" is more specific than either word.
    /// 0 disables. Default 0: on the UCI headline dev slice bigrams raise precision and lower recall
    /// more (0.3: B-cubed F1 0.868 against 0.875 without; 0.5 and 1 lower still, also with lower
    /// thresholds).
    /// </summary>
    public float BigramWeight { get; init; }


    /// <summary>
    /// Second chance for a small short-text story (at most <see cref="SmallStoryMembers"/> members,
    /// a lone headline included): in a merge pass it joins the most similar larger story when the
    /// centroid similarity (times the time factor) reaches this, instead of <see cref="MergeThreshold"/>;
    /// by then the larger story has gathered the words its first members lacked. At or above
    /// MergeThreshold: no second chance. Default 0.08 (UCI headline dev slice: 0.05 to 0.15 score
    /// alike; full texts are not affected).
    /// </summary>
    public double SingletonMergeThreshold { get; init; } = 0.08;

    /// <summary>
    /// Largest story (in members) that gets the lower bar of <see cref="SingletonMergeThreshold"/>
    /// into a story with more members, when its members are short texts. 1 gives it to lone
    /// headlines only (as <c>stories.cluster/6</c> did). Default 8: on the UCI headline dev slice
    /// (with MergeThreshold 0.21) B-cubed F1 0.882 at 1, 0.888 at 3, 0.891 at 5, 0.893 at 6 and 8,
    /// 0.897 at 10 and 12, 0.895 at 16; 8 is the largest that scores higher than 5 on each half of
    /// both tuning splits (small groups of headlines on one side of a story, such
    /// as "UK's first bitcoin machine" under the Mt. Gox story, are labelled with the larger story).
    /// </summary>
    public int SmallStoryMembers { get; init; } = 8;

    /// <summary>
    /// Candidate lookup skips stories so far in time from the article (or, in a merge pass, from the
    /// story) that the time factor alone keeps them below the bar they would have to pass (see
    /// <see cref="TimeHalfLifeHours"/>; for a headline, with <see cref="ShortTextTimeFloor"/> 0 and
    /// threshold 0.12, about 18 hours), so that they do not take the places of
    /// <see cref="MaxCandidates"/>: on a long stream, stories of the same names and themes from
    /// earlier days otherwise crowd out the story being followed. Such a story could never be
    /// chosen, so only the freed places change the result. Default true: the UCI headline dev slice
    /// scores alike (0.894, 3 days long), the same slice replayed 5 and 71 times two days apart
    /// (<c>crosscheck eval clustering --replay N</c>) B-cubed F1 0.893 and 0.892 against 0.885 and
    /// 0.880 without; full texts (<see cref="TimeFloor"/> 0.9) keep the whole window.
    /// </summary>
    public bool TimeBoundedCandidates { get; init; } = true;
}
