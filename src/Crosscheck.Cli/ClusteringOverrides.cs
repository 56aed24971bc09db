using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Crosscheck.Stories;

namespace Crosscheck.Cli;

/// <summary>
/// <c>--set Name=Value</c> (repeatable) for the clustering commands: overrides one
/// <see cref="ClusteringOptions"/> setting by its property name, to try a setting without a rebuild
/// (<c>--set TimeHalfLifeHours=0</c>).
/// </summary>
internal static class ClusteringOverrides
{
    public static readonly Option<string[]> SetOption = new("--set")
    {
        Description = "override a clustering setting, Name=Value (ClusteringOptions property; repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Applies <paramref name="settings"/> to a copy of <paramref name="options"/>; false (with a message on stderr) on a bad one.</summary>
    public static bool TryApply(ClusteringOptions options, string[]? settings, out ClusteringOptions result)
    {
        result = options with { };
        foreach (var setting in settings ?? [])
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            var property = equals > 0 ? typeof(ClusteringOptions).GetProperty(setting[..equals], BindingFlags.Public | BindingFlags.Instance) : null;
            if (property is null || !property.CanWrite)
            {
                Console.Error.WriteLine($"error: --set {setting}: expected Name=Value with a ClusteringOptions setting name (e.g. TimeHalfLifeHours=12)");
                return false;
            }

            try
            {
                var value = Convert.ChangeType(setting[(equals + 1)..], property.PropertyType, CultureInfo.InvariantCulture);
                property.SetValue(result, value);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                Console.Error.WriteLine($"error: --set {setting}: '{setting[(equals + 1)..]}' is not a {property.PropertyType.Name}");
                return false;
            }
        }

        return true;
    }
}
