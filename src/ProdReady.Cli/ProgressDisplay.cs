using ProdReady.Engine.Auditing;
using Spectre.Console;

namespace ProdReady.Cli;

/// <summary>Shows a spinner with the audit's stage on standard error, only when the audit takes more than a moment
/// and standard error is a terminal. The work runs on its own task; the display never changes the result.</summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(300);

    public static T Run<T>(TextWriter stderr, bool show, Func<IProgress<AuditProgress>?, T> work)
    {
        if (!show)
        {
            return work(null);
        }

        // Boxed so the display thread always reads a whole stage-and-count pair.
        object latest = new AuditProgress("Starting", 0);
        var task = Task.Run(() => work(new SynchronousProgress(p => Volatile.Write(ref latest, p))));
        if (task.Wait(Moment))
        {
            return task.GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        console.Status().Spinner(Spinner.Known.Dots).Start("Auditing…", context =>
        {
            while (!task.Wait(TimeSpan.FromMilliseconds(100)))
            {
                var current = (AuditProgress)Volatile.Read(ref latest);
                context.Status(current.Done > 0 ? $"{Markup.Escape(current.Stage)} ({current.Done:N0})" : Markup.Escape(current.Stage));
            }
        });
        return task.GetAwaiter().GetResult();
    }

    private sealed class SynchronousProgress(Action<AuditProgress> report) : IProgress<AuditProgress>
    {
        public void Report(AuditProgress value) => report(value);
    }
}
