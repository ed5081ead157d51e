using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Observability;

/// <summary>Code that runs only when a developer asks for it: a function named for development (<c>run_dev_server</c>,
/// <c>develop</c>) or registered as a development command of a CLI (<c>@cli.command("develop")</c> in click or typer).</summary>
internal static partial class DevelopmentCommands
{
    /// <summary>The development function enclosing <paramref name="span"/>, described; null when there is none.</summary>
    public static string? Enclosing(RepositoryFacts facts, SourceSpan span)
    {
        if (facts.FunctionAt(span) is not { } function)
        {
            return null;
        }

        if (DevelopmentWord().IsMatch(function.Name))
        {
            return $"it runs inside {function.Name}(), a development command";
        }

        var command = function.Decorators.FirstOrDefault(d => d.Name is "command" or "group"
            && d.Positional(0) is { IsString: true, Text: { } name } && DevelopmentWord().IsMatch(name));
        return command is null ? null : $"it runs inside the \"{command.Positional(0)!.Text}\" command ({command.Span}), a development command";
    }

    [GeneratedRegex(@"(^|[_\-])(dev|develop|development|debug|local)([_\-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DevelopmentWord();
}
