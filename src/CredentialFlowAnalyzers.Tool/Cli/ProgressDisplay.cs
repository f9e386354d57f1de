using System;
using System.Threading.Tasks;
using Spectre.Console;

namespace CredentialFlowAnalyzers.Tool.Cli
{
    /// <summary>
    /// A progress bar on standard error while projects load and analyze, shown only when standard error is a
    /// terminal: redirected output (CI logs, <c>--output</c> pipes) stays free of control characters.
    /// </summary>
    internal sealed class ProgressDisplay
    {
        private readonly ProgressContext? _context;
        private ProgressTask? _task;

        private ProgressDisplay(ProgressContext? context)
        {
            _context = context;
        }

        public static async Task<T> RunAsync<T>(bool enabled, Func<ProgressDisplay, Task<T>> work)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            if (!enabled || Console.IsErrorRedirected || !console.Profile.Capabilities.Interactive)
            {
                return await work(new ProgressDisplay(null)).ConfigureAwait(false);
            }

            return await console.Progress()
                .AutoClear(true)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(context => work(new ProgressDisplay(context)))
                .ConfigureAwait(false);
        }

        /// <summary>Starts a phase of <paramref name="steps"/> steps; the previous phase is completed.</summary>
        public void Phase(string description, int steps)
        {
            if (_context is null)
            {
                return;
            }

            _task?.StopTask();
            _task = _context.AddTask(Markup.Escape(description), maxValue: Math.Max(steps, 1));
        }

        /// <summary>One step of the current phase is done.</summary>
        public void Step(string? item = null)
        {
            if (_task is null)
            {
                return;
            }

            _task.Increment(1);
            if (item != null)
            {
                _task.Description = Markup.Escape(item);
            }
        }
    }
}
