using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace CrashSearch.Ingest.Progress;

/// <summary>
/// The ingest command's live display on a terminal (standard error), in place of the progress log lines: crashes
/// ingested, crashes and MB per second, quarantined records; a bar with the time left for a source of known size,
/// the lag for a following one. Standard output keeps only the summary line.
/// </summary>
internal sealed class IngestProgressDisplay(IngestWorker worker, IAnsiConsole console, TimeProvider time)
    : BackgroundService
{
    static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        console.Live(Render()).AutoClear(false).StartAsync(async live =>
        {
            while (!stoppingToken.IsCancellationRequested && !Finished)
            {
                live.UpdateTarget(Render());
                try
                {
                    await Task.Delay(RefreshInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            // The last picture holds the final counters, which the summary line repeats.
            live.UpdateTarget(Render());
            live.Refresh();
        });

    bool Finished => worker.State is IngestWorkerState.Completed or IngestWorkerState.Failed;

    Rows Render()
    {
        var summary = worker.Summary ?? worker.Progress;
        var line = IngestProgressText.Counters(summary);
        var progress = IngestProgressText.Progress(summary, worker.SourceSize, worker.Follows, Finished);
        return new Rows(new Markup(Markup.Escape(line)), Bar(progress));
    }

    static Markup Bar(IngestProgressLine progress)
    {
        if (progress.Share is not { } share)
            return new Markup(Markup.Escape(progress.Text));
        const int Width = 30;
        var filled = (int)Math.Round(share * Width);
        return new Markup($"[green]{new string('━', filled)}[/][grey]{new string('━', Width - filled)}[/] "
            + Markup.Escape(progress.Text));
    }
}
