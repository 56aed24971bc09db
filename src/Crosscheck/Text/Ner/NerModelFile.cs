using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Crosscheck.Text.Ner;

/// <summary>
/// Reads and writes a model folder: <c>weights.bin.gz</c> (gzip of: magic, format, the first
/// pass's feature rows as hash + half-precision weights, a flag and the second pass's rows, then
/// the word classes, then the common words of <see cref="CommonWords"/>, then the names of
/// <see cref="KnownNames"/> with their types) and <c>meta.json</c>.
/// </summary>
public static class NerModelFile
{
    public const int FormatVersion = 5;
    public const string WeightsFile = "weights.bin.gz";
    public const string MetaFile = "meta.json";
    private const string Magic = "CCNER";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Save(PerceptronModel model, NerModelMeta meta, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(folder);
        using (var file = File.Create(Path.Combine(folder, WeightsFile)))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            WriteRows(writer, model);
            writer.Write(model.SecondPass is not null);
            if (model.SecondPass is { } second)
            {
                WriteRows(writer, second);
            }

            writer.Write(model.Classes.Entries.Count);
            foreach (var (word, wordClass) in model.Classes.Entries.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(word);
                writer.Write(wordClass);
            }

            writer.Write(model.Common.Count);
            foreach (var word in model.Common.Sorted)
            {
                writer.Write(word);
            }

            writer.Write(model.Names.Count);
            foreach (var (name, kind) in model.Names.Sorted)
            {
                writer.Write(name);
                writer.Write((byte)kind);
            }
        }

        File.WriteAllText(Path.Combine(folder, MetaFile), JsonSerializer.Serialize(meta, JsonOptions));
    }

    /// <summary>Loads a model folder; throws <see cref="InvalidDataException"/> naming the file when it is not a compatible model.</summary>
    public static (PerceptronModel Model, NerModelMeta Meta) Load(string folder)
    {
        var metaPath = Path.Combine(folder, MetaFile);
        var weightsPath = Path.Combine(folder, WeightsFile);
        if (!File.Exists(metaPath) || !File.Exists(weightsPath))
        {
            throw new InvalidDataException($"{folder}: not an entity model folder (needs {MetaFile} and {WeightsFile}); run 'crosscheck train ner'");
        }

        var meta = JsonSerializer.Deserialize<NerModelMeta>(File.ReadAllText(metaPath), JsonOptions)
            ?? throw new InvalidDataException($"{metaPath}: empty model metadata");
        if (meta.FormatVersion != FormatVersion)
        {
            throw new InvalidDataException($"{metaPath}: model format {meta.FormatVersion}, but this Crosscheck reads format {FormatVersion}; retrain with 'crosscheck train ner'");
        }

        using var file = File.OpenRead(weightsPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16), Encoding.UTF8);
        if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException($"{weightsPath}: not a Crosscheck entity model of format {FormatVersion}");
        }

        var (rows, weights) = ReadRows(reader);
        var second = reader.ReadBoolean() ? ReadRows(reader) : default;

        var classCount = reader.ReadInt32();
        var classes = new Dictionary<string, byte>(classCount, StringComparer.Ordinal);
        for (var i = 0; i < classCount; i++)
        {
            var word = reader.ReadString();
            classes[word] = reader.ReadByte();
        }

        var commonCount = reader.ReadInt32();
        var common = new string[commonCount];
        for (var i = 0; i < commonCount; i++)
        {
            common[i] = reader.ReadString();
        }

        var nameCount = reader.ReadInt32();
        var names = new KeyValuePair<string, Model.EntityKind>[nameCount];
        for (var i = 0; i < nameCount; i++)
        {
            var name = reader.ReadString();
            names[i] = new(name, (Model.EntityKind)reader.ReadByte());
        }

        var wordClasses = new WordClasses(classes);
        var secondPass = second.Rows is null ? null : new PerceptronModel(second.Rows, second.Weights, wordClasses);
        var model = new PerceptronModel(rows, weights, wordClasses, secondPass, new CommonWords(common)) { Names = new KnownNames(names) };
        return (model, meta);
    }

    private static void WriteRows(BinaryWriter writer, PerceptronModel model)
    {
        var weights = model.Weights;
        writer.Write(model.FeatureRows.Count);
        foreach (var (hash, row) in model.FeatureRows.OrderBy(p => p.Value))
        {
            writer.Write(hash);
            for (var t = 0; t < NerTags.Count; t++)
            {
                writer.Write((Half)weights[row * NerTags.Count + t]);
            }
        }
    }

    private static (Dictionary<ulong, int> Rows, float[] Weights) ReadRows(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * NerTags.Count];
        for (var row = 0; row < count; row++)
        {
            rows[reader.ReadUInt64()] = row;
            for (var t = 0; t < NerTags.Count; t++)
            {
                weights[row * NerTags.Count + t] = (float)reader.ReadHalf();
            }
        }

        return (rows, weights);
    }
}
