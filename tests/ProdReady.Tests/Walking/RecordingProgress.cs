namespace ProdReady.Tests.Walking;

/// <summary>Records every report synchronously (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<int>
{
    private readonly List<int> _values = [];

    public IReadOnlyList<int> Values
    {
        get
        {
            lock (_values)
            {
                return [.. _values];
            }
        }
    }

    public void Report(int value)
    {
        lock (_values)
        {
            _values.Add(value);
        }
    }
}
