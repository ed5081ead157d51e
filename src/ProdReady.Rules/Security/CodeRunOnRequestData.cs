using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Security;

public sealed partial class CodeRunOnRequestData : Rule
{
    private static readonly FrozenSet<string> ChildProcessModules = FrozenSet.Create(StringComparer.Ordinal, "child_process", "node:child_process");

    private static readonly FrozenSet<string> ChildProcessReceivers = FrozenSet.Create(StringComparer.Ordinal, "child_process", "childProcess", "cp");

    private static readonly FrozenSet<string> ScriptVm = FrozenSet.Create(StringComparer.Ordinal,
        "vm.runInNewContext", "vm.runInThisContext", "vm.runInContext", "vm.Script", "vm.compileFunction");

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU062"),
        Name = "code-run-on-request-data",
        Title = "Request data run as code or as a shell command",
        Area = Area.Security,
        Severity = Severity.Critical,
        EffortHours = 1,
        Rationale = "eval, exec, new Function and the vm module run their argument as code, and child_process.exec, " +
            "os.system and shell=True run it through a shell: when that text comes from the request, any client can run " +
            "code or commands on the server with the application's rights, read its secrets and reach its database.",
        Fix = "Never evaluate client text. Parse it instead: json.loads / JSON.parse for data, ast.literal_eval for Python " +
            "literals, a small expression parser or a lookup table of allowed operations; run programs with an argument " +
            "list and no shell (subprocess.run([\"tool\", arg]), child_process.execFile(\"tool\", [arg])) after checking the " +
            "argument against an allow-list.",
        References =
        [
            "https://owasp.org/www-community/attacks/Code_Injection",
            "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html",
            "https://cwe.mitre.org/data/definitions/95.html",
            "https://cwe.mitre.org/data/definitions/78.html",
        ],
        AppliesTo = [Technology.Python, Technology.Node],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        foreach (var call in context.Facts.Calls.Where(c => ApplicationCode.Is(c.Span.File)))
        {
            var python = call.Language == SourceLanguage.Python;
            var kind = python ? PythonKind(call) : call.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript ? ScriptKind(context.Facts, call) : null;
            // new Function(arg1, …, body): the body comes last.
            var code = call.Callee == "Function" ? call.Arguments.LastOrDefault(a => a.Name is null)?.Value : call.Positional(0);
            if (kind is null || code is not { Kind: ValueKind.Expression } argument)
            {
                continue;
            }

            var source = RequestSource(context, call, argument.Raw, python);
            if (source is not null)
            {
                violations.Add(new Violation(call.Span, $"{call.Callee}() {kind} text taken from {source}"));
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Skip("no eval, exec or shell command given request data");
    }

    private static string? PythonKind(CallFact call) => call.Callee switch
    {
        "eval" or "exec" or "builtins.eval" or "builtins.exec" => "runs as Python code",
        "os.system" or "os.popen" => "runs as a shell command",
        "subprocess.run" or "subprocess.call" or "subprocess.check_call" or "subprocess.check_output" or "subprocess.Popen"
            when call.Keyword("shell")?.IsTrue == true => "runs as a shell command (shell=True)",
        _ => null,
    };

    private static string? ScriptKind(RepositoryFacts facts, CallFact call)
    {
        if (call.Callee is "eval" or "Function" or "window.eval" or "globalThis.eval")
        {
            return "runs as JavaScript code";
        }

        if (ScriptVm.Contains(call.Callee))
        {
            return "runs as JavaScript code";
        }

        if (call.Name is not ("exec" or "execSync"))
        {
            return null;
        }

        var dot = call.Callee.LastIndexOf('.');
        var viaModule = dot > 0 ? ChildProcessReceivers.Contains(call.Callee[..dot])
            : facts.ImportsIn(call.Span.File).Any(i => ChildProcessModules.Contains(i.Module));
        return viaModule ? "runs as a shell command" : null;
    }

    /// <summary>The request data the argument reads, directly or through a variable it uses that was assigned from it earlier in the
    /// same function.</summary>
    private static string? RequestSource(AuditContext context, CallFact call, string raw, bool python)
    {
        if (RequestData.Mentions(raw, python))
        {
            return RequestData.First(raw, python);
        }

        foreach (var name in LocalVariables.Names(raw).Take(8))
        {
            var assigned = LocalVariables.Assigned(context, call, name, python);
            if (assigned.FirstOrDefault(a => RequestData.Mentions(a, python)) is { } from)
            {
                return $"{RequestData.First(from, python)} (in {name})";
            }
        }

        return null;
    }
}
