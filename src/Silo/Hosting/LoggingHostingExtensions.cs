using System.Globalization;
using CaseFlow.Silo.Logging;
using Serilog;
using Serilog.Configuration;

namespace Microsoft.Extensions.Hosting;

/// <summary>Serilog to the console and a daily rolling file; levels come from the <c>Serilog</c> configuration section.</summary>
internal static class LoggingHostingExtensions
{
    public static IHostApplicationBuilder AddCaseFlowLogging(this IHostApplicationBuilder builder)
    {
        var directory = Path.GetFullPath(builder.Configuration["Logs:Directory"] ?? "logs", builder.Environment.ContentRootPath);
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Destructure.With<PiiDestructuringPolicy>()
            .Enrich.With<PiiMaskingEnricher>()
            .Enrich.With<QueryTokenMaskingEnricher>()
            .WriteTo.Sink(LoggerSinkConfiguration.Wrap(
                sink => new PiiMaskingSink(sink),
                sinks =>
                {
                    sinks.Console(formatProvider: CultureInfo.InvariantCulture);
                    sinks.File(
                        Path.Combine(directory, "caseflow-.log"),
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: 14,
                        formatProvider: CultureInfo.InvariantCulture);
                })));
        return builder;
    }
}
