using Crosscheck.Text.Ner;

namespace Crosscheck.Tests.Text.Ner;

/// <summary>The batched lookup gives every key the row a lookup of that key alone gives.</summary>
public sealed class FeatureTableTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(300)]
    [InlineData(5_000)]
    public void FindAll_agrees_with_Find_for_known_unknown_and_colliding_keys(int rowCount)
    {
        var random = new Random(rowCount);
        var rows = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        while (rows.Count < rowCount)
        {
            // Keys that differ only above the table's index bits share a home slot and must probe on.
            var key = rows.Count % 3 == 0 && keys.Count > 0 ? keys[^1] + (1UL << 52) : (ulong)random.NextInt64();
            if (rows.TryAdd(key, rows.Count))
            {
                keys.Add(key);
            }
        }

        var table = new FeatureTable(rows);
        var batch = new ulong[FeatureTable.MaxBatch];
        var found = new int[FeatureTable.MaxBatch];
        for (var round = 0; round < 200; round++)
        {
            var length = random.Next(1, FeatureTable.MaxBatch + 1);
            for (var k = 0; k < length; k++)
            {
                batch[k] = random.Next(2) == 0 ? keys[random.Next(keys.Count)] : (ulong)random.NextInt64();
            }

            table.FindAll(batch.AsSpan(0, length), found.AsSpan(0, length));
            for (var k = 0; k < length; k++)
            {
                Assert.Equal(rows.TryGetValue(batch[k], out var row) ? row : -1, found[k]);
                Assert.Equal(table.Find(batch[k]), found[k]);
            }
        }
    }

    [Fact]
    public void FindAll_refuses_more_keys_than_it_batches()
    {
        var table = new FeatureTable(new Dictionary<ulong, int> { [1UL] = 0 });
        var keys = new ulong[FeatureTable.MaxBatch + 1];
        Assert.Throws<ArgumentOutOfRangeException>(() => table.FindAll(keys, new int[keys.Length]));
    }
}
