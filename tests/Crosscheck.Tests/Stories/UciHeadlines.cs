using Crosscheck.Evaluation;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Stories;

/// <summary>The first headlines of the UCI News Aggregator dev slice (tests/fixtures/stories), analysed once per test run.</summary>
internal static class UciHeadlines
{
    private static readonly Lazy<(IReadOnlyList<AnnotatedArticle> Articles, IReadOnlyList<DateTimeOffset?> Times)> Prepared = new(() =>
    {
        var corpus = LabelledStreamReader.Read(RepoPaths.PathOf("tests/fixtures/stories/uci-news-dev.csv"), LabelledStreamFormat.Uci);
        var items = corpus.Items.Take(2500).ToList();
        return (ClusteringEvaluator.Prepare(items, TextAnalyzerOptions.Default), items.Select(i => i.Published).ToList());
    });

    /// <summary>2,500 headline articles in stream order.</summary>
    public static IReadOnlyList<AnnotatedArticle> Articles => Prepared.Value.Articles;

    /// <summary>Each article's exact publication time.</summary>
    public static IReadOnlyList<DateTimeOffset?> Times => Prepared.Value.Times;
}
