using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Participatie.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BerichtSjablonen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Tekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TekstHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Herkomst = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VoorgesteldOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BeoordeeldDoor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BeoordeeldOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reden = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BerichtSjablonen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bewoners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GewistOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bewoners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BotState",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GewijzigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotState", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ChatConversations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Locale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LaatsteActiviteitOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BeeindigdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LaatsteVolgnummer = table.Column<int>(type: "integer", nullable: false),
                    IsGestart = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatConversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersoonsgegevensInzages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Rollen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Op = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: true),
                    BewonerId = table.Column<int>(type: "integer", nullable: true),
                    Wat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersoonsgegevensInzages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegelBeslissingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: true),
                    ProgrammaId = table.Column<int>(type: "integer", nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Regelset = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RegelsetVersie = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Op = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Uitkomsten = table.Column<string>(type: "text", nullable: false),
                    ResultaatJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelBeslissingen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegelsetConcepten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Regelset = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Revisie = table.Column<int>(type: "integer", nullable: false),
                    BasisVersie = table.Column<int>(type: "integer", nullable: true),
                    Door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Op = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelsetConcepten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegelsetLogboek",
                columns: table => new
                {
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    Op = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Actie = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Regelset = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    VorigeVersie = table.Column<int>(type: "integer", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    VorigeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelsetLogboek", x => x.Volgnummer);
                });

            migrationBuilder.CreateTable(
                name: "RegelsetVersies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Regelset = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Op = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Bron = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeruggezetNaar = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegelsetVersies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffAccounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Gebruikersnaam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Rollen = table.Column<string>(type: "text", nullable: false),
                    WoningcorporatieId = table.Column<int>(type: "integer", nullable: true),
                    WijkCodes = table.Column<string>(type: "text", nullable: false),
                    IsActief = table.Column<bool>(type: "boolean", nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Woningcorporaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Woningcorporaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowDefinitions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    IsLatest = table.Column<bool>(type: "boolean", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    OpgeslagenOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowInstances",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DefinitionVersionId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentInstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyVersion = table.Column<long>(type: "bigint", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UitgaandeBerichten",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kanaal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Ontvanger = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InhoudJson = table.Column<string>(type: "text", nullable: false),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    WorkflowVersie = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SjabloonId = table.Column<int>(type: "integer", nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    VolgendePogingOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AfgeleverdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LaatsteFout = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UitgaandeBerichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UitgaandeBerichten_BerichtSjablonen_SjabloonId",
                        column: x => x.SjabloonId,
                        principalTable: "BerichtSjablonen",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChatActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConversationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChatActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChatActivities_ChatConversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "ChatConversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Programmas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    GemeenteId = table.Column<int>(type: "integer", nullable: false),
                    StartDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EindDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    WorkflowInstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Programmas_Gemeenten_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Gemeenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wijken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GemeenteId = table.Column<int>(type: "integer", nullable: false),
                    Wijkraad = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijken_Gemeenten_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Gemeenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowBookmarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BookmarkId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CorrelationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowBookmarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkflowBookmarks_WorkflowInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammaFases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammaId = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EindDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammaFases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammaFases_Programmas_ProgrammaId",
                        column: x => x.ProgrammaId,
                        principalTable: "Programmas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Buurten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WijkId = table.Column<int>(type: "integer", nullable: false),
                    Peiljaar = table.Column<int>(type: "integer", nullable: true),
                    Inwoners = table.Column<int>(type: "integer", nullable: true),
                    Huishoudens = table.Column<int>(type: "integer", nullable: true),
                    AandeelHuurwoningen = table.Column<double>(type: "double precision", nullable: true),
                    AandeelCorporatiewoningen = table.Column<double>(type: "double precision", nullable: true),
                    GemiddeldInkomen = table.Column<double>(type: "double precision", nullable: true),
                    AandeelUitkeringen = table.Column<double>(type: "double precision", nullable: true),
                    LeefbaarheidScore = table.Column<double>(type: "double precision", nullable: true),
                    SesScore = table.Column<double>(type: "double precision", nullable: true),
                    SesSpreiding = table.Column<double>(type: "double precision", nullable: true),
                    AandeelLaagOpgeleid = table.Column<double>(type: "double precision", nullable: true),
                    AandeelMiddelbaarOpgeleid = table.Column<double>(type: "double precision", nullable: true),
                    AandeelHoogOpgeleid = table.Column<double>(type: "double precision", nullable: true),
                    AantalBuurthuizen = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buurten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Buurten_Wijken_WijkId",
                        column: x => x.WijkId,
                        principalTable: "Wijken",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuurtPostcodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Postcode4 = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    BuurtId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtPostcodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtPostcodes_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CorporatieBezit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BuurtId = table.Column<int>(type: "integer", nullable: false),
                    WoningcorporatieId = table.Column<int>(type: "integer", nullable: false),
                    AantalWoningen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorporatieBezit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorporatieBezit_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CorporatieBezit_Woningcorporaties_WoningcorporatieId",
                        column: x => x.WoningcorporatieId,
                        principalTable: "Woningcorporaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Initiatieven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Referentie = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BuurtId = table.Column<int>(type: "integer", nullable: false),
                    Thema = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VoorWie = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    MetWie = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AantalDeelnemers = table.Column<int>(type: "integer", nullable: false),
                    AantalHandtekeningen = table.Column<int>(type: "integer", nullable: false),
                    GevraagdeOndersteuning = table.Column<int>(type: "integer", nullable: false),
                    GeraamdBudget = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    GevraagdBedrag = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    EigenBijdrageGeld = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    EigenBijdrageUren = table.Column<int>(type: "integer", nullable: false),
                    EigenBijdrageMaterialen = table.Column<bool>(type: "boolean", nullable: false),
                    WilZelfUitvoeren = table.Column<bool>(type: "boolean", nullable: false),
                    IsCommercieel = table.Column<bool>(type: "boolean", nullable: false),
                    IsPolitiek = table.Column<bool>(type: "boolean", nullable: false),
                    IsReligieus = table.Column<bool>(type: "boolean", nullable: false),
                    CorporatieBetrokken = table.Column<bool>(type: "boolean", nullable: false),
                    StartDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IngediendOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    BewonerId = table.Column<int>(type: "integer", nullable: true),
                    ConversationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Idempotentiesleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Initiatieven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Initiatieven_Bewoners_BewonerId",
                        column: x => x.BewonerId,
                        principalTable: "Bewoners",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Initiatieven_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Interventies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BuurtId = table.Column<int>(type: "integer", nullable: false),
                    Thema = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Doel = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Aanpak = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Partijen = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StartDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EindDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Bereik = table.Column<int>(type: "integer", nullable: false),
                    Uitkomst = table.Column<int>(type: "integer", nullable: true),
                    Succesfactoren = table.Column<string>(type: "text", nullable: false),
                    Belemmeringen = table.Column<string>(type: "text", nullable: false),
                    Leerpunten = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventies_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammaBuurten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammaId = table.Column<int>(type: "integer", nullable: false),
                    BuurtId = table.Column<int>(type: "integer", nullable: false),
                    Rang = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Redenen = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammaBuurten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammaBuurten_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammaBuurten_Programmas_ProgrammaId",
                        column: x => x.ProgrammaId,
                        principalTable: "Programmas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InitiatiefStatusHistorie",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Op = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Door = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InitiatiefStatusHistorie", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InitiatiefStatusHistorie_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Taken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Titel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Rol = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ToegewezenAan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BuurtId = table.Column<int>(type: "integer", nullable: true),
                    InitiatiefId = table.Column<int>(type: "integer", nullable: true),
                    ProgrammaId = table.Column<int>(type: "integer", nullable: true),
                    AangemaaktOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VervalDatum = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Uitkomsten = table.Column<string>(type: "text", nullable: false),
                    Uitkomst = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Toelichting = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AfgerondOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AfgerondDoor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HerinneringOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GeescaleerdOp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GeescaleerdNaar = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BookmarkId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Taken_Buurten_BuurtId",
                        column: x => x.BuurtId,
                        principalTable: "Buurten",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Taken_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_BerichtSjablonen_TekstHash",
                table: "BerichtSjablonen",
                column: "TekstHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Buurten_Code",
                table: "Buurten",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Buurten_WijkId",
                table: "Buurten",
                column: "WijkId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtPostcodes_BuurtId",
                table: "BuurtPostcodes",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtPostcodes_Postcode4_BuurtId",
                table: "BuurtPostcodes",
                columns: new[] { "Postcode4", "BuurtId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChatActivities_ConversationId_Volgnummer",
                table: "ChatActivities",
                columns: new[] { "ConversationId", "Volgnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorporatieBezit_BuurtId_WoningcorporatieId",
                table: "CorporatieBezit",
                columns: new[] { "BuurtId", "WoningcorporatieId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CorporatieBezit_WoningcorporatieId",
                table: "CorporatieBezit",
                column: "WoningcorporatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Gemeenten_Code",
                table: "Gemeenten",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InitiatiefStatusHistorie_InitiatiefId",
                table: "InitiatiefStatusHistorie",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_BewonerId",
                table: "Initiatieven",
                column: "BewonerId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_BuurtId",
                table: "Initiatieven",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_ConversationId",
                table: "Initiatieven",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_Idempotentiesleutel",
                table: "Initiatieven",
                column: "Idempotentiesleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_Referentie",
                table: "Initiatieven",
                column: "Referentie",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Initiatieven_Status",
                table: "Initiatieven",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Interventies_BuurtId",
                table: "Interventies",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_PersoonsgegevensInzages_InitiatiefId",
                table: "PersoonsgegevensInzages",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_PersoonsgegevensInzages_Op",
                table: "PersoonsgegevensInzages",
                column: "Op");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammaBuurten_BuurtId",
                table: "ProgrammaBuurten",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammaBuurten_ProgrammaId_BuurtId",
                table: "ProgrammaBuurten",
                columns: new[] { "ProgrammaId", "BuurtId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammaFases_ProgrammaId_Code",
                table: "ProgrammaFases",
                columns: new[] { "ProgrammaId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programmas_GemeenteId",
                table: "Programmas",
                column: "GemeenteId");

            migrationBuilder.CreateIndex(
                name: "IX_RegelBeslissingen_InitiatiefId",
                table: "RegelBeslissingen",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_RegelBeslissingen_ProgrammaId",
                table: "RegelBeslissingen",
                column: "ProgrammaId");

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetConcepten_Regelset",
                table: "RegelsetConcepten",
                column: "Regelset",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetLogboek_Regelset",
                table: "RegelsetLogboek",
                column: "Regelset");

            migrationBuilder.CreateIndex(
                name: "IX_RegelsetVersies_Regelset_Nummer",
                table: "RegelsetVersies",
                columns: new[] { "Regelset", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffAccounts_Gebruikersnaam",
                table: "StaffAccounts",
                column: "Gebruikersnaam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Taken_BookmarkId",
                table: "Taken",
                column: "BookmarkId");

            migrationBuilder.CreateIndex(
                name: "IX_Taken_BuurtId",
                table: "Taken",
                column: "BuurtId");

            migrationBuilder.CreateIndex(
                name: "IX_Taken_InitiatiefId",
                table: "Taken",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_Taken_Status_Rol",
                table: "Taken",
                columns: new[] { "Status", "Rol" });

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeBerichten_AfgeleverdOp_VolgendePogingOp",
                table: "UitgaandeBerichten",
                columns: new[] { "AfgeleverdOp", "VolgendePogingOp" });

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeBerichten_SjabloonId",
                table: "UitgaandeBerichten",
                column: "SjabloonId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_Code",
                table: "Wijken",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijken_GemeenteId",
                table: "Wijken",
                column: "GemeenteId");

            migrationBuilder.CreateIndex(
                name: "IX_Woningcorporaties_Naam",
                table: "Woningcorporaties",
                column: "Naam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_CorrelationId",
                table: "WorkflowBookmarks",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_DueAt",
                table: "WorkflowBookmarks",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_InstanceId",
                table: "WorkflowBookmarks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBookmarks_Name_Key",
                table: "WorkflowBookmarks",
                columns: new[] { "Name", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowDefinitions_DefinitionId_Version",
                table: "WorkflowDefinitions",
                columns: new[] { "DefinitionId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_CorrelationId",
                table: "WorkflowInstances",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_DefinitionId_Status",
                table: "WorkflowInstances",
                columns: new[] { "DefinitionId", "Status" });
        
            // Published rule set versions and the rules audit trail are append-only, also for anyone with a SQL client.
            foreach (var (table, what) in new[] { ("RegelsetVersies", "Een gepubliceerde regelsetversie"), ("RegelsetLogboek", "Het regelslogboek") })
            {
                migrationBuilder.Sql($"CREATE FUNCTION \"{table}_AlleenToevoegen\"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{what} kan niet gewijzigd of verwijderd worden.'; END $$;");
                migrationBuilder.Sql($"CREATE TRIGGER \"{table}_GeenWijziging\" BEFORE UPDATE OR DELETE ON \"{table}\" FOR EACH ROW EXECUTE FUNCTION \"{table}_AlleenToevoegen\"();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "RegelsetVersies", "RegelsetLogboek" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_GeenWijziging\" ON \"{table}\";");
                migrationBuilder.Sql($"DROP FUNCTION IF EXISTS \"{table}_AlleenToevoegen\"();");
            }

            migrationBuilder.DropTable(
                name: "BotState");

            migrationBuilder.DropTable(
                name: "BuurtPostcodes");

            migrationBuilder.DropTable(
                name: "ChatActivities");

            migrationBuilder.DropTable(
                name: "CorporatieBezit");

            migrationBuilder.DropTable(
                name: "InitiatiefStatusHistorie");

            migrationBuilder.DropTable(
                name: "Interventies");

            migrationBuilder.DropTable(
                name: "PersoonsgegevensInzages");

            migrationBuilder.DropTable(
                name: "ProgrammaBuurten");

            migrationBuilder.DropTable(
                name: "ProgrammaFases");

            migrationBuilder.DropTable(
                name: "RegelBeslissingen");

            migrationBuilder.DropTable(
                name: "RegelsetConcepten");

            migrationBuilder.DropTable(
                name: "RegelsetLogboek");

            migrationBuilder.DropTable(
                name: "RegelsetVersies");

            migrationBuilder.DropTable(
                name: "StaffAccounts");

            migrationBuilder.DropTable(
                name: "Taken");

            migrationBuilder.DropTable(
                name: "UitgaandeBerichten");

            migrationBuilder.DropTable(
                name: "WorkflowBookmarks");

            migrationBuilder.DropTable(
                name: "WorkflowDefinitions");

            migrationBuilder.DropTable(
                name: "ChatConversations");

            migrationBuilder.DropTable(
                name: "Woningcorporaties");

            migrationBuilder.DropTable(
                name: "Programmas");

            migrationBuilder.DropTable(
                name: "Initiatieven");

            migrationBuilder.DropTable(
                name: "BerichtSjablonen");

            migrationBuilder.DropTable(
                name: "WorkflowInstances");

            migrationBuilder.DropTable(
                name: "Bewoners");

            migrationBuilder.DropTable(
                name: "Buurten");

            migrationBuilder.DropTable(
                name: "Wijken");

            migrationBuilder.DropTable(
                name: "Gemeenten");
        }
    }
}
