using System.Collections.Immutable;
using ProdReady.Engine.Facts.Readers;

namespace ProdReady.Engine.Documents;

/// <summary>Groups a Dockerfile's instructions into stages and resolves what each stage sets: ARG defaults
/// (global ones declared before the first FROM included), ENV, USER, EXPOSE, HEALTHCHECK, CMD and ENTRYPOINT,
/// with a stage built <c>FROM</c> an earlier one inheriting what that one set.</summary>
internal static class DockerStages
{
    public static ImmutableArray<DockerStage> Build(ImmutableArray<DockerInstruction> instructions)
    {
        var global = new Dictionary<string, DocumentValue>(StringComparer.Ordinal);
        var stages = new List<DockerStage>();
        StageBuilder? current = null;
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                if (current is not null)
                {
                    stages.Add(current.Build());
                }

                current = StageBuilder.Start(instruction, stages.Count, global, stages);
                continue;
            }

            if (current is null)
            {
                if (instruction.Keyword == "ARG")
                {
                    foreach (var (name, value) in Args(instruction, global, global))
                    {
                        global[name] = value;
                    }
                }

                continue;
            }

            current.Add(instruction, global);
        }

        if (current is not null)
        {
            stages.Add(current.Build());
        }

        return [.. stages];
    }

    internal static IEnumerable<(string Name, DocumentValue Value)> Args(
        DockerInstruction instruction, IReadOnlyDictionary<string, DocumentValue> scope, IReadOnlyDictionary<string, DocumentValue> global)
    {
        foreach (var word in ShellWords.Split(instruction.Arguments).Where(w => !w.IsOperator))
        {
            var equals = word.Text.IndexOf('=');
            var name = equals < 0 ? word.Text : word.Text[..equals];
            if (equals >= 0)
            {
                var (text, state) = DockerVariables.Expand(word.Text[(equals + 1)..], scope);
                yield return (name, new DocumentValue(text, instruction.Span, state == ValueState.Set ? ValueState.Defaulted : state));
            }
            else if (global.TryGetValue(name, out var inherited))
            {
                yield return (name, inherited with { Span = instruction.Span });
            }
            else
            {
                yield return (name, new DocumentValue("$" + name, instruction.Span, ValueState.Unresolved));
            }
        }
    }

    internal static IEnumerable<(string Name, DocumentValue Value)> Env(DockerInstruction instruction, IReadOnlyDictionary<string, DocumentValue> scope)
    {
        var words = ShellWords.Split(instruction.Arguments).Where(w => !w.IsOperator).Select(w => w.Text).ToList();
        if (words.Count == 0)
        {
            yield break;
        }

        if (!words[0].Contains('='))
        {
            // Legacy form: ENV NAME the rest is the value.
            var rest = instruction.Arguments[words[0].Length..].Trim();
            var (text, state) = DockerVariables.Expand(rest, scope);
            yield return (words[0], new DocumentValue(text, instruction.Span, state));
            yield break;
        }

        foreach (var word in words.Where(w => w.Contains('=')))
        {
            var equals = word.IndexOf('=');
            var (text, state) = DockerVariables.Expand(word[(equals + 1)..], scope);
            yield return (word[..equals], new DocumentValue(text, instruction.Span, state));
        }
    }
}
