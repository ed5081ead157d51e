using System.Collections.Immutable;
using System.Globalization;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Turns a parsed configuration tree into one setting per key, at every depth: containers are settings too
/// (so a rule can read a whole <c>Cors</c> section), and their children carry the dotted path of their parents as
/// scope. A list element is a path segment by its index, as .NET configuration keys number them
/// (<c>Serilog.WriteTo.0</c>).</summary>
internal static class SettingFlattener
{
    public static ImmutableArray<SettingFact> Flatten(FactValue? root, SettingOrigin origin)
    {
        var settings = ImmutableArray.CreateBuilder<SettingFact>();
        if (root is not null)
        {
            Visit(root, "", origin, settings);
        }

        return settings.ToImmutable();
    }

    private static void Visit(FactValue value, string scope, SettingOrigin origin, ImmutableArray<SettingFact>.Builder settings)
    {
        if (value.Kind == ValueKind.Dict)
        {
            foreach (var entry in value.Entries)
            {
                settings.Add(new SettingFact(entry.Key, scope, entry.Value, entry.KeySpan, origin));
                Visit(entry.Value, Join(scope, entry.Key), origin, settings);
            }
        }
        else if (value.Kind == ValueKind.List)
        {
            for (var i = 0; i < value.Items.Length; i++)
            {
                Visit(value.Items[i], Join(scope, i.ToString(CultureInfo.InvariantCulture)), origin, settings);
            }
        }
    }

    private static string Join(string scope, string key) => scope.Length == 0 ? key : $"{scope}.{key}";
}
