using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Python;

/// <summary>What the statement walk collects, turned into <see cref="FileFacts"/> once the file is read, when
/// routes and entry points can use every import and module-level binding.</summary>
internal sealed class PythonFactSink
{
    public List<SettingFact> Settings { get; } = [];

    public List<CallFact> Calls { get; } = [];

    public List<ImportFact> Imports { get; } = [];

    public List<EnvReadFact> EnvReads { get; } = [];

    public List<StringLiteralFact> Strings { get; } = [];

    public List<PythonScope> Scopes { get; } = [];

    /// <summary>Module-level names bound to the result of one call: <c>app = Flask(__name__)</c>.</summary>
    public Dictionary<string, CallFact> Bound { get; } = new(StringComparer.Ordinal);

    public FileFacts ToFacts(SourceFile file)
    {
        var functions = Scopes.Where(s => !s.IsClass).Select(s => s.ToFunction()).ToList();
        var frameworks = new PythonFrameworks(file, Imports, Bound);
        return new FileFacts
        {
            Settings = [.. Settings],
            Calls = [.. Calls],
            Imports = [.. Imports],
            Functions = [.. functions],
            Classes = [.. Scopes.Where(s => s.IsClass).Select(s => s.ToClass())],
            EnvReads = [.. EnvReads],
            Routes = [.. frameworks.Routes(functions, Calls)],
            EntryPoints = [.. frameworks.EntryPoints(Calls)],
            Strings = [.. Strings],
        };
    }
}
