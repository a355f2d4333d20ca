using System.Net;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Grains.Identity;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.Privacy;

/// <summary>
/// Drives a node through registrations, failures and queries that carry ID numbers and phones, then reads every
/// log line it wrote: no full ID number and no full phone number may appear.
/// </summary>
[Collection(LogReadingCollection.Name)]
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Node_logs_contain_no_id_number_and_no_phone_number()
    {
        var idNumbers = Enumerable.Range(500, 5).Select(SyntheticIdNumbers.Create).ToList();
        const string phone = "13912345678";
        var factory = CaseFlowApiFactory.Sqlite();
        string token;
        await using (factory)
        {
            using var client = await factory.CreateClientAsAsync(Roles.Supervisor);
            token = await factory.TokenForAsync(Roles.Supervisor, client);
            foreach (var (idNumber, i) in idNumbers.Select((n, i) => (n, i)))
            {
                using var created = await client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), new
                {
                    name = "隐私测试" + i,
                    idNumber,
                    townCode = "610921.03",
                    villageCode = "610921.03.001",
                    phone,
                });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }

            // A duplicate, an ID number in a query string, and malformed JSON around an ID number.
            using var duplicate = await client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), new
            {
                name = "重复", idNumber = idNumbers[0], townCode = "610921.03", villageCode = "610921.03.001",
            });
            Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
            using var query = await client.GetAsync(new Uri($"/api/persons?q={idNumbers[1]}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, query.StatusCode);
            using var body = new StringContent($"{{\"idNumber\": \"{idNumbers[2]}\", \"phone\": {phone}x", Encoding.UTF8, "application/json");
            using var malformed = await client.PostAsync(new Uri("/api/persons", UriKind.Relative), body);
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }

        // Disposing the node flushed its log files.
        var files = Directory.GetFiles(factory.LogDirectory, "*.log");
        Assert.NotEmpty(files);
        var logs = string.Concat(files.Select(File.ReadAllText));
        Assert.Contains("/api/persons", logs, StringComparison.Ordinal);
        foreach (var idNumber in idNumbers)
        {
            Assert.DoesNotContain(idNumber, logs, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(phone, logs, StringComparison.Ordinal);

        // Sign-in happened, yet neither the password nor any part of the token reached a log line.
        Assert.DoesNotContain(DemoUsers.Password, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], logs, StringComparison.Ordinal);
    }
}
