using CaseFlow.Api.Auth;
using CaseFlow.Silo.Options;
using CaseFlow.Silo.Startup;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddShippedDefaults();
    var storage = ValidatedOptions.Read(builder.Configuration, StorageOptions.SectionName, new StorageOptions.Validator());
    var node = ValidatedOptions.Read(builder.Configuration, NodeOptions.SectionName, new NodeOptions.Validator());
    var http = ValidatedOptions.Read(builder.Configuration, HttpLimitsOptions.SectionName, new HttpLimitsOptions.Validator());
    var auth = ValidatedOptions.Read(builder.Configuration, AuthOptions.SectionName, new AuthOptions.Validator());

    builder.AddCaseFlowLogging();
    var database = builder.Services.AddCaseFlowDatabase(storage, builder.Environment.ContentRootPath);
    builder.AddCaseFlowOrleans(database, node);
    builder.Services.AddCaseFlowReadModel();
    builder.Services.AddCaseFlowPersons();
    builder.Services.AddCaseFlowPetitions();
    builder.Services.AddCaseFlowProcesses();
    builder.Services.AddCaseFlowInstances();
    builder.Services.AddCaseFlowTasks();
    builder.Services.AddCaseFlowCaseFileServiceTasks();
    builder.Services.AddCaseFlowPetitionServiceTasks();
    builder.Services.AddCaseFlowApi();
    builder.Services.AddCaseFlowNotifications();
    builder.AddCaseFlowHttp(http);
    builder.AddCaseFlowAuth(auth);

    var app = builder.Build();
    app.UseCaseFlowHttp();
    app.UseCaseFlowStudio();
    app.UseCaseFlowAuth();
    app.UseCaseFlowIdempotency();
    app.MapCaseFlowOperations();
    app.MapCaseFlowApi();
    app.MapCaseFlowDashboard(node);
    app.MapCaseFlowStudio();

    return await NodeCommands.RunAsync(app, args, storage.Provider);
}
catch (StartupException ex)
{
    await Console.Error.WriteLineAsync("CaseFlow cannot start: " + ex.Message);
    return ex.ExitCode;
}
