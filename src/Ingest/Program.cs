using CrashSearch.Ingest;

return await IngestCommand.RunAsync(args, Console.Out, Console.Error);
