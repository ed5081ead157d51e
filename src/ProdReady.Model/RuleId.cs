using System.Text.RegularExpressions;

namespace ProdReady.Model;

/// <summary>A stable rule identifier: an area prefix and three digits, such as <c>CFG001</c>.</summary>
public readonly partial record struct RuleId
{
    private RuleId(string value) => Value = value;

    public string Value { get; }

    public static RuleId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a rule ID (expected letters and three digits, such as CFG001).");

    public static bool TryParse(string? text, out RuleId id)
    {
        if (text is not null && Shape().IsMatch(text))
        {
            id = new RuleId(text.ToUpperInvariant());
            return true;
        }

        id = default;
        return false;
    }

    public string Prefix => Value[..^3];

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{1,2}[0-9]{3}$")]
    private static partial Regex Shape();
}
