using System.CommandLine;
using System.Globalization;
using Crosscheck.Cli.Bench;
using Crosscheck.Evaluation;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>
/// <c>crosscheck bench facts</c>: cross-checking throughput (fact extraction + alignment +
/// judgement) on generated, pre-analysed single-event stories of 10 to N articles, and the time
/// to judge one large story. A benchmark, never a test.
/// </summary>
internal static class BenchFactsCommand
{
    public static Command Create()
    {
        var maxArticles = new Option<int>("--max-articles") { Description = "largest story of the throughput series", DefaultValueFactory = _ => 200 };
        var large = new Option<int>("--large") { Description = "articles in the single large story", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "generator seed", DefaultValueFactory = _ => 7 };
        var command = new Command("facts", "Benchmark cross-checking on generated, pre-analysed stories and report articles/s.") { maxArticles, large, seed };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(maxArticles), result.GetValue(large), result.GetValue(seed), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int maxArticles, int large, int seed, CancellationToken cancellationToken)
    {
        if (maxArticles < 10 || large < 1)
        {
            await Console.Error.WriteLineAsync("error: --max-articles must be at least 10 and --large at least 1").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var sizes = new List<int>();
        for (var size = 10; size < maxArticles; size *= 2)
        {
            sizes.Add(size);
        }

        sizes.Add(maxArticles);
        var benchmark = new FactBenchmark(new PipelineBuilder().Build());
        var work = Directory.CreateTempSubdirectory("crosscheck-bench-facts-");
        try
        {
            var stories = new List<IReadOnlyList<Model.AnnotatedArticle>>();
            for (var i = 0; i < sizes.Count; i++)
            {
                stories.Add(await PrepareAsync(benchmark, work.FullName, "s" + i.ToString(CultureInfo.InvariantCulture), sizes[i], seed + i, cancellationToken).ConfigureAwait(false));
            }

            var largeStory = await PrepareAsync(benchmark, work.FullName, "large", large, seed + 1000, cancellationToken).ConfigureAwait(false);
            benchmark.Judge(stories[0]); // warm-up: JIT and lookup tables

            double articles = 0, seconds = 0;
            foreach (var story in stories)
            {
                var run = benchmark.Judge(story);
                articles += run.Articles;
                seconds += run.Judgement.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"story of {run.Articles,4} articles: {run.Facts,4} facts, judged in {run.Judgement.TotalMilliseconds,8:F1} ms " +
                    $"({run.Articles / run.Judgement.TotalSeconds,6:F0} articles/s); families + entities {run.Preparation.TotalMilliseconds:F1} ms"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"throughput (stories of {sizes[0]}..{maxArticles} articles, {articles:F0} articles): {articles / seconds:F0} articles/s (target ≥ 500)"));

            var big = benchmark.Judge(largeStory);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"story of {big.Articles} articles: {big.Facts} facts, judged in {big.Judgement.TotalSeconds:F2} s (target < 5 s); families + entities {big.Preparation.TotalSeconds:F2} s"));
            return ExitCodes.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<IReadOnlyList<Model.AnnotatedArticle>> PrepareAsync(
        FactBenchmark benchmark, string work, string name, int size, int seed, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(work, name);
        new SyntheticStory(seed).Write(folder, size);
        return await benchmark.PrepareAsync(folder, cancellationToken).ConfigureAwait(false);
    }
}
