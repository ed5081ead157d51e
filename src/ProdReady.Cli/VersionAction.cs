using System.CommandLine;
using System.CommandLine.Invocation;

namespace ProdReady.Cli;

/// <summary>Prints the tool version and the rules version for <c>--version</c>, instead of the built-in version alone.</summary>
internal sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(ToolIdentity.VersionLine);
        return (int)ExitCode.GatePassed;
    }
}
