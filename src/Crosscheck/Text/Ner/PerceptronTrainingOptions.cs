namespace Crosscheck.Text.Ner;

/// <summary>Training settings; the defaults are the shipped model's.</summary>
public sealed record PerceptronTrainingOptions
{
    public int Epochs { get; init; } = 8;
    public int Seed { get; init; } = 1;
    /// <summary>Features seen fewer times than this in training are dropped from the model.</summary>
    public int MinFeatureCount { get; init; } = 2;
    /// <summary>Train the document-consistency second pass (see <see cref="PerceptronModel.SecondPass"/>).</summary>
    public bool SecondPass { get; init; } = true;
    /// <summary>Runs over the data in different orders (seeds) whose averaged weights are averaged again (parameter mixing); 1 trains once.</summary>
    public int Mixes { get; init; } = 1;
}
