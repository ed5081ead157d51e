using System.Collections.Frozen;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Performance;

/// <summary>Python calls that block the thread they run on, recognised through the file's imports so that a local
/// object that happens to be called <c>requests</c> or <c>time</c> is not mistaken for the module.</summary>
internal static class BlockingCalls
{
    private static readonly FrozenDictionary<string, string> ModuleFunctions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["requests.get"] = "makes a synchronous HTTP request",
        ["requests.post"] = "makes a synchronous HTTP request",
        ["requests.put"] = "makes a synchronous HTTP request",
        ["requests.patch"] = "makes a synchronous HTTP request",
        ["requests.delete"] = "makes a synchronous HTTP request",
        ["requests.head"] = "makes a synchronous HTTP request",
        ["requests.request"] = "makes a synchronous HTTP request",
        ["urllib.request.urlopen"] = "makes a synchronous HTTP request",
        ["time.sleep"] = "sleeps the thread",
        ["psycopg2.connect"] = "opens a synchronous database connection",
        ["pymysql.connect"] = "opens a synchronous database connection",
        ["MySQLdb.connect"] = "opens a synchronous database connection",
        ["sqlite3.connect"] = "opens a synchronous database connection",
        ["subprocess.run"] = "waits for a child process",
        ["subprocess.call"] = "waits for a child process",
        ["subprocess.check_call"] = "waits for a child process",
        ["subprocess.check_output"] = "waits for a child process",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] Offloads = ["to_thread", "run_in_threadpool", "run_in_executor", "run_sync"];

    /// <summary>What the call blocks on, or null when it is not a known blocking call.</summary>
    public static string? Describe(CallFact call, RepositoryFacts facts)
    {
        if (ModuleFunctions.TryGetValue(call.Callee, out var what))
        {
            var module = call.Callee[..call.Callee.LastIndexOf('.')];
            return facts.ImportsIn(call.Span.File).Any(i => i.Module == module && (i.Names.IsEmpty || i.Names.Contains(module))) ? what : null;
        }

        if (call.Callee.Contains('.'))
        {
            return null;
        }

        // from time import sleep; from requests import get
        return facts.ImportsIn(call.Span.File)
            .Where(i => i.Names.Contains(call.Name))
            .Select(i => ModuleFunctions.GetValueOrDefault(i.Module + "." + call.Name))
            .FirstOrDefault(w => w is not null);
    }

    public static bool IsOffload(CallFact call) => Offloads.Contains(call.Name);
}
