using System.Collections.Immutable;
using ProdReady.Engine.Facts.Readers;

namespace ProdReady.Engine.Documents;

/// <summary>Accumulates one Dockerfile stage while its instructions are read.</summary>
internal sealed class StageBuilder
{
    private readonly List<DockerInstruction> _instructions = [];
    private readonly Dictionary<string, DocumentValue> _args = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentValue> _env = new(StringComparer.Ordinal);
    private readonly List<DocumentValue> _exposed = [];
    private DockerStage _stage = null!;

    public static StageBuilder Start(DockerInstruction from, int index, IReadOnlyDictionary<string, DocumentValue> global, IReadOnlyList<DockerStage> earlier)
    {
        var words = ShellWords.Split(from.Arguments).Where(w => !w.IsOperator).Select(w => w.Text).ToList();
        var (text, state) = DockerVariables.Expand(words.Count > 0 ? words[0] : "", global);
        var name = words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
        var baseValue = new DocumentValue(text, from.Span, state);
        var parent = state == ValueState.Unresolved ? null
            : earlier.LastOrDefault(s => s.Name is not null && s.Name.Equals(text, StringComparison.OrdinalIgnoreCase));
        var builder = new StageBuilder();
        builder._stage = new DockerStage
        {
            Index = index,
            Name = name,
            From = from,
            Base = baseValue,
            BaseStage = parent?.Name,
            Image = parent is not null || state == ValueState.Unresolved || text.Equals("scratch", StringComparison.OrdinalIgnoreCase) || text.Length == 0
                ? null
                : ImageReference.Parse(text),
            User = parent?.User,
            Cmd = parent?.Cmd,
            Entrypoint = parent?.Entrypoint,
            Healthcheck = parent?.Healthcheck,
        };
        if (parent is not null)
        {
            foreach (var (key, value) in parent.Env)
            {
                builder._env[key] = value;
            }

            builder._exposed.AddRange(parent.Exposed);
        }

        return builder;
    }

    public void Add(DockerInstruction instruction, IReadOnlyDictionary<string, DocumentValue> global)
    {
        _instructions.Add(instruction);
        switch (instruction.Keyword)
        {
            case "ARG":
                foreach (var (name, value) in DockerStages.Args(instruction, Scope(), global))
                {
                    _args[name] = value;
                }

                break;
            case "ENV":
                foreach (var (name, value) in DockerStages.Env(instruction, Scope()))
                {
                    _env[name] = value;
                }

                break;
            case "USER":
                var (user, state) = DockerVariables.Expand(instruction.Arguments.Trim(), Scope());
                _stage = _stage with { User = new DocumentValue(user, instruction.Span, state) };
                break;
            case "EXPOSE":
                foreach (var word in instruction.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var (port, portState) = DockerVariables.Expand(word, Scope());
                    _exposed.Add(new DocumentValue(port, instruction.Span, portState));
                }

                break;
            case "HEALTHCHECK":
                _stage = _stage with { Healthcheck = instruction };
                break;
            case "CMD":
                _stage = _stage with { Cmd = instruction };
                break;
            case "ENTRYPOINT":
                // A new ENTRYPOINT resets a CMD inherited from the base image.
                _stage = _stage with { Entrypoint = instruction, Cmd = _instructions.Any(i => i.Keyword == "CMD") ? _stage.Cmd : null };
                break;
        }
    }

    public DockerStage Build() => _stage with
    {
        Instructions = [.. _instructions],
        Env = _env.ToImmutableDictionary(StringComparer.Ordinal),
        Args = _args.ToImmutableDictionary(StringComparer.Ordinal),
        Exposed = [.. _exposed],
    };

    private Dictionary<string, DocumentValue> Scope()
    {
        var scope = new Dictionary<string, DocumentValue>(_args, StringComparer.Ordinal);
        foreach (var (key, value) in _env)
        {
            scope[key] = value;
        }

        return scope;
    }
}
