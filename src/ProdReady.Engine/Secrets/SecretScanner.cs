using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ProdReady.Engine.Secrets;

/// <summary>
/// Finds secrets in one file's text in a single pass: one multi-keyword search (<see cref="SearchValues{T}"/>,
/// ordinal ignoring case) finds every keyword hit, and only the detectors whose keywords occur run their pattern,
/// only on the lines around the hits. Lines longer than <see cref="MaxLineLength"/> (minified code) are scanned in
/// bounded windows around each hit. Pure: path and text in, matches out.
/// </summary>
public sealed class SecretScanner
{
    public const int MaxLineLength = 4096;

    public const int WindowRadius = 512;

    private readonly SearchValues<string> _keywords;
    private readonly Dictionary<char, (string Keyword, int[] Detectors)[]> _byFirstChar;
    private readonly int[] _secretGroups;
    private readonly int[] _keyGroups;

    public SecretScanner(IEnumerable<SecretDetector> detectors, TimeSpan? fileBudget = null)
    {
        Detectors = [.. detectors];
        FileBudget = fileBudget ?? TimeSpan.FromSeconds(2);
        var owners = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var d = 0; d < Detectors.Length; d++)
        {
            foreach (var keyword in Detectors[d].Keywords)
            {
                if (!owners.TryGetValue(keyword, out var list))
                {
                    owners[keyword] = list = [];
                }

                list.Add(d);
            }
        }

        _keywords = SearchValues.Create([.. owners.Keys], StringComparison.OrdinalIgnoreCase);
        _byFirstChar = owners
            .SelectMany(o => new[] { char.ToLowerInvariant(o.Key[0]), char.ToUpperInvariant(o.Key[0]) }.Distinct().Select(c => (c, o)))
            .GroupBy(x => x.c)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.o.Key, x.o.Value.Distinct().ToArray())).ToArray());
        _secretGroups = [.. Detectors.Select(d => d.Pattern.GroupNumberFromName("secret"))];
        _keyGroups = [.. Detectors.Select(d => d.Pattern.GroupNumberFromName("key"))];
    }

    public ImmutableArray<SecretDetector> Detectors { get; }

    /// <summary>Time one file may take across all its pattern runs; past it the rest of the file is not scanned.</summary>
    public TimeSpan FileBudget { get; }

    /// <summary>Indexes into <see cref="Detectors"/> of the detectors whose keywords occur in <paramref name="text"/>.</summary>
    public ImmutableArray<int> Triggered(string text) => [.. Windows(text).Select((w, i) => (w, i)).Where(x => x.w is not null).Select(x => x.i)];

    public ImmutableArray<SecretMatch> Scan(string path, string text)
    {
        var windows = Windows(text);
        var found = new List<SecretMatch>();
        var clock = Stopwatch.StartNew();
        int[]? lineStarts = null;
        for (var d = 0; d < windows.Length && clock.Elapsed < FileBudget; d++)
        {
            foreach (var (start, end) in windows[d] ?? [])
            {
                if (clock.Elapsed >= FileBudget)
                {
                    break;
                }

                try
                {
                    Run(d, path, text, start, end, found, ref lineStarts);
                }
                catch (RegexMatchTimeoutException)
                {
                    // A pathological window is skipped; the rest of the file is still scanned.
                }
            }
        }

        return Deduplicate(found);
    }

    private void Run(int d, string path, string text, int start, int end, List<SecretMatch> found, ref int[]? lineStarts)
    {
        var detector = Detectors[d];
        for (var m = detector.Pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var secret = _secretGroups[d] >= 0 ? m.Groups[_secretGroups[d]] : m;
            if (!secret.Success || secret.Length == 0)
            {
                continue;
            }

            if (detector.MinEntropy > 0 && Entropy.Of(secret.ValueSpan) < detector.MinEntropy)
            {
                continue;
            }

            lineStarts ??= LineStarts(text);
            var line = LineOf(lineStarts, secret.Index);
            var lineStart = lineStarts[line];
            var lineEnd = text.IndexOf('\n', lineStart, Math.Min(text.Length - lineStart, Math.Max(secret.Index - lineStart, 0) + MaxLineLength));
            var lineText = text[Math.Max(lineStart, secret.Index - WindowRadius)..(lineEnd < 0 ? Math.Min(text.Length, secret.Index + WindowRadius) : lineEnd)].TrimEnd('\r');
            var key = _keyGroups[d] >= 0 && m.Groups[_keyGroups[d]].Success ? m.Groups[_keyGroups[d]].Value : null;
            var confidence = detector.Check is null ? detector.Confidence : detector.Check(new SecretCandidateText(path, secret.Value, key, lineText));
            if (confidence is null)
            {
                continue;
            }

            found.Add(new SecretMatch
            {
                DetectorId = detector.Id,
                Path = path,
                Line = line + 1,
                Column = secret.Index - lineStart + 1,
                Length = secret.Length,
                Value = secret.Value,
                Confidence = confidence.Value,
                Key = key,
                Generic = detector.Generic,
            });
        }
    }

    /// <summary>Per detector, the merged text ranges to run its pattern on; null when none of its keywords occurs.</summary>
    private List<(int Start, int End)>?[] Windows(string text)
    {
        var windows = new List<(int Start, int End)>?[Detectors.Length];
        var span = text.AsSpan();
        int lineStart = -1, lineEnd = -1;
        var longLine = false;
        for (var pos = 0; pos < span.Length;)
        {
            var offset = span[pos..].IndexOfAny(_keywords);
            if (offset < 0)
            {
                break;
            }

            var at = pos + offset;
            if (at >= lineEnd)
            {
                (lineStart, lineEnd, longLine) = LineAround(text, at);
            }

            foreach (var (keyword, detectors) in _byFirstChar.GetValueOrDefault(text[at]) ?? [])
            {
                if (string.Compare(text, at, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                foreach (var d in detectors)
                {
                    var reach = Detectors[d].Span;
                    var start = longLine ? Math.Max(lineStart, at - WindowRadius) : lineStart;
                    var end = reach > 0 ? Math.Min(text.Length, Math.Max(lineEnd, at + reach)) : longLine ? Math.Min(lineEnd, at + WindowRadius) : lineEnd;
                    Add(windows[d] ??= [], start, end);
                }
            }

            pos = at + 1;
        }

        return windows;
    }

    private static void Add(List<(int Start, int End)> list, int start, int end)
    {
        if (list.Count > 0 && start <= list[^1].End)
        {
            list[^1] = (list[^1].Start, Math.Max(list[^1].End, end));
            return;
        }

        list.Add((start, end));
    }

    private static (int Start, int End, bool Long) LineAround(string text, int at)
    {
        var before = Math.Min(at, MaxLineLength);
        var newline = text.LastIndexOf('\n', at == 0 ? 0 : at - 1, before);
        var start = newline >= 0 ? newline + 1 : at - before;
        var ahead = Math.Min(text.Length - at, MaxLineLength);
        var next = text.IndexOf('\n', at, ahead);
        var end = next >= 0 ? next : at + ahead;
        var isLong = (newline < 0 && start > 0) || (next < 0 && end < text.Length);
        return (start, end, isLong);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }

    private static int LineOf(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>One finding per secret: a provider match wins over a generic match that overlaps it on the same
    /// line, and a value seen twice at one position is kept once.</summary>
    private static ImmutableArray<SecretMatch> Deduplicate(List<SecretMatch> found)
    {
        if (found.Count == 0)
        {
            return [];
        }

        var specific = found.Where(m => !m.Generic).ToList();
        return [.. found
            .Where(m => !m.Generic || !specific.Any(s => s.Line == m.Line && Overlaps(s, m)))
            .DistinctBy(m => (m.DetectorId, m.Line, m.Column))
            .OrderBy(m => m.Line).ThenBy(m => m.Column).ThenBy(m => m.DetectorId, StringComparer.Ordinal)];
    }

    private static bool Overlaps(SecretMatch a, SecretMatch b) =>
        a.Column < b.Column + b.Length && b.Column < a.Column + a.Length;
}
