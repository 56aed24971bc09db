namespace Crosscheck.Facts;

/// <summary>What a <see cref="Claim"/> states.</summary>
public enum ClaimKind
{
    /// <summary>A counted outcome: "at least 870 civilians killed".</summary>
    Quantity,
    /// <summary>One component of a vote: the tally in favour, against, abstaining, or one member's position.</summary>
    Vote,
    /// <summary>An event placed on a day or a range of days: "arrived on Sunday".</summary>
    DatedEvent,
    /// <summary>An actor acting on a target: "X met Y", "X condemned Y".</summary>
    Interaction,
    /// <summary>A direct quote attributed to a speaker.</summary>
    Quote,
    /// <summary>A descriptive attribute of a person: an age ("the 75-year-old X"), a role ("Defence Minister X").</summary>
    Attribute,
}
