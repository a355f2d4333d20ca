using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Api.Tests.Infrastructure;
using CaseFlow.Silo.Seeding;

namespace CaseFlow.Api.Tests.Privacy;

/// <summary>Every response that carries a person shows the ID number and phones masked, never in full.</summary>
public abstract class ResponseMaskingTests<TNode>(TNode node) : IClassFixture<TNode>
    where TNode : NodeFixture
{
    [Fact]
    public async Task Register_get_update_list_and_history_never_return_a_full_id_number_or_phone()
    {
        // Arrange: a person with a guardian, so every phone field is filled.
        var idNumber = SyntheticIdNumbers.Create(24_990);
        const string phone = "13712345678";
        const string guardianPhone = "15887654321";
        const string newPhone = "18611112222";
        var client = node.Client;
        var bodies = new List<string>();

        // Act: every endpoint that answers with a person.
        using var created = await client.PostAsJsonAsync(new Uri("/api/persons", UriKind.Relative), new
        {
            name = "掩码测试", idNumber, townCode = "610921.07", villageCode = "610921.07.002", phone,
            guardian = new { name = "监护人", relation = "母亲", phone = guardianPhone },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        bodies.Add(await created.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(bodies[0]).RootElement.GetProperty("id").GetString();

        using var read = await client.GetAsync(new Uri($"/api/persons/{id}", UriKind.Relative));
        bodies.Add(await read.Content.ReadAsStringAsync());

        using var patch = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/api/persons/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { phone = newPhone }),
        };
        patch.Headers.IfMatch.Add(read.Headers.ETag!);
        using var updated = await client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        bodies.Add(await updated.Content.ReadAsStringAsync());

        await node.Factory.WaitForReadModelAsync();
        bodies.Add(await client.GetStringAsync(new Uri("/api/persons?village=610921.07.002", UriKind.Relative)));
        bodies.Add(await client.GetStringAsync(new Uri($"/api/persons/{id}/history", UriKind.Relative)));

        // Assert
        foreach (var body in bodies)
        {
            Assert.DoesNotContain(idNumber, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(phone, body, StringComparison.Ordinal);
            Assert.DoesNotContain(guardianPhone, body, StringComparison.Ordinal);
            Assert.DoesNotContain(newPhone, body, StringComparison.Ordinal);
        }

        Assert.Contains(idNumber[..4] + "**********" + idNumber[^4..], bodies[1], StringComparison.Ordinal);
        Assert.Contains("137****5678", bodies[1], StringComparison.Ordinal);
        Assert.Contains("186****2222", bodies[2], StringComparison.Ordinal);
    }
}
