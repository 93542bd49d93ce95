using System.Globalization;
using System.Text.Json.Nodes;
using Participatie.Host.Domain;
using Participatie.Host.Features.Werkstromen;

namespace Participatie.Host.Features.Initiatieven;

/// <summary>
/// Raises the domain event "initiatief ingediend" for workflows officials attached to it. It runs before the routing,
/// so a crash in between leaves the initiative unrouted and the repair raises the event again; the occurrence id (the
/// initiative's id) makes that second raise start nothing new. The payload holds no personal data of the resident.
/// </summary>
public sealed class InitiatiefIngediendGebeurtenis(WerkstroomGebeurtenissen gebeurtenissen) : IInitiatiefIngediendHandler
{
    public Task OnIngediendAsync(Initiatief initiatief, CancellationToken ct) =>
        gebeurtenissen.MeldAsync(
            WerkstroomGebeurtenissen.InitiatiefIngediend,
            initiatief.Referentie,
            new JsonObject
            {
                ["initiatiefId"] = initiatief.Id,
                ["referentie"] = initiatief.Referentie,
                ["titel"] = initiatief.Titel,
                ["buurtId"] = initiatief.BuurtId,
                ["thema"] = initiatief.Thema.ToString(),
                ["gevraagdeHulp"] = new JsonArray([.. initiatief.GevraagdeHulp.Select(h => (JsonNode?)h)]),
                ["ingediendOp"] = initiatief.IngediendOp.ToString("O", CultureInfo.InvariantCulture),
            },
            "initiatief-" + initiatief.Id.ToString(CultureInfo.InvariantCulture),
            ct);
}
