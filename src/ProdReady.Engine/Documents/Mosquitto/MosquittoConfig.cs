using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Mosquitto;

/// <summary>A mosquitto.conf: global settings and listeners. With <c>per_listener_settings false</c> (the default)
/// authentication options such as <c>allow_anonymous</c> and <c>password_file</c> apply to every listener wherever
/// they are written.</summary>
public sealed record MosquittoConfig(string Path)
{
    public ImmutableArray<MosquittoSetting> Settings { get; init; } = [];

    public ImmutableArray<MosquittoListener> Listeners { get; init; } = [];

    public bool PerListenerSettings => Settings.LastOrDefault(s => s.Name == "per_listener_settings")?.Value.IsTrue == true;

    /// <summary>Every setting named <paramref name="name"/>, global or under a listener, in file order.</summary>
    public IEnumerable<MosquittoSetting> All(string name) =>
        Settings.Concat(Listeners.SelectMany(l => l.Settings)).Where(s => s.Name == name).OrderBy(s => s.Span.Line);
}
