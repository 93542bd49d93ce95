using System.Globalization;
using System.Text;
using Participatie.Buurtbudget.Model;

namespace Participatie.Buurtbudget.Pabulib;

/// <summary>
/// Reads pabulib (<c>.pb</c>) files: sections META (an optional <c>key;value</c> header, then
/// key;value rows), PROJECTS and VOTES (a header row, then <c>;</c>-separated rows; fields may be
/// in double quotes). Keeps every value (<see cref="PabulibFile"/>) and builds the
/// <see cref="Election"/>. Never throws on a bad file: every problem is a
/// <see cref="PabulibDiagnostic"/> with its line and column, and reading goes on to find the next one.
/// </summary>
public static class PabulibReader
{
    public static PabulibReadResult Read(TextReader reader, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Parser(fileName).Parse(reader);
    }

    public static PabulibReadResult ReadString(string text, string? fileName = null) => Read(new StringReader(text), fileName);

    public static PabulibReadResult ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    private enum Section
    {
        None,
        Meta,
        Projects,
        Votes,
    }

    private readonly record struct Field(string Text, int Column);

    private sealed class Parser(string? fileName)
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
        private const int MaxErrors = 100;

        private readonly List<PabulibDiagnostic> _diagnostics = [];
        private readonly List<KeyValuePair<string, string>> _meta = [];
        private readonly Dictionary<string, int> _metaLines = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<PabulibRow> _projectRows = [];
        private readonly List<PabulibRow> _voteRows = [];
        private readonly List<Project> _projects = [];
        private readonly Dictionary<string, int> _projectIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _voterIds = new(StringComparer.Ordinal);
        private readonly List<Voter> _voters = [];
        private readonly HashSet<Section> _seen = [];
        private List<string>? _projectColumns;
        private List<string>? _voteColumns;
        private int _projectIdColumn = -1, _costColumn = -1, _nameColumn = -1;
        private int _voterIdColumn = -1, _voteColumn = -1, _pointsColumn = -1;
        private Section _section;
        private bool _expectHeader;
        private int _sectionLine;
        private VoteType _voteType = VoteType.Approval;
        private long? _minPoints, _maxPoints, _minSumPoints, _maxSumPoints;
        private int _errors;

        public PabulibReadResult Parse(TextReader reader)
        {
            var lineNumber = 0;
            var any = false;
            while (reader.ReadLine() is { } line && _errors < MaxErrors)
            {
                lineNumber++;
                if (lineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
                {
                    line = line[1..];
                }
                if (line.Trim().Length == 0)
                {
                    continue;
                }
                any = true;
                if (!Split(line, lineNumber, out var fields))
                {
                    continue;
                }
                if (SectionOf(fields) is { } next)
                {
                    StartSection(next, lineNumber, fields[0]);
                    continue;
                }
                switch (_section)
                {
                    case Section.None:
                        Error("PB0002", lineNumber, 1, "Het bestand moet beginnen met de sectie META; hier staat eerst iets anders.");
                        _section = Section.Meta; // read on as if META had been there, to find more problems
                        _seen.Add(Section.Meta);
                        MetaRow(fields, lineNumber);
                        break;
                    case Section.Meta:
                        MetaRow(fields, lineNumber);
                        break;
                    case Section.Projects:
                        ProjectRow(fields, lineNumber);
                        break;
                    case Section.Votes:
                        VoteRow(fields, lineNumber);
                        break;
                }
            }
            if (_errors >= MaxErrors)
            {
                Error("PB0007", lineNumber, 0, $"Meer dan {MaxErrors} fouten; het lezen is gestopt.");
                return Result(null);
            }
            if (!any)
            {
                Error("PB0001", 1, 0, "Het bestand is leeg.");
                return Result(null);
            }
            var end = lineNumber;
            foreach (var (section, name) in new[] { (Section.Meta, "META"), (Section.Projects, "PROJECTS"), (Section.Votes, "VOTES") })
            {
                if (!_seen.Contains(section))
                {
                    Error("PB0004", end, 0, $"De sectie {name} ontbreekt.");
                }
            }
            if (_expectHeader)
            {
                Error("PB0005", _sectionLine, 0, "Na de sectienaam ontbreekt de kopregel met kolomnamen.");
            }
            var budget = CheckMeta(end);
            CheckCounts();
            if (_errors > 0 || budget is null)
            {
                return Result(null);
            }
            var election = new Election(budget.Value, _projects, _voters, _voteType);
            return Result(new PabulibFile(_meta, _projectColumns!, _projectRows, _voteColumns!, _voteRows, election));
        }

        private PabulibReadResult Result(PabulibFile? file) => new(file, _diagnostics);

        private void Error(string code, int line, int column, string message)
        {
            _errors++;
            _diagnostics.Add(new PabulibDiagnostic(code, PabulibSeverity.Error, line, column, message) { File = fileName });
        }

        private void Warning(string code, int line, int column, string message) =>
            _diagnostics.Add(new PabulibDiagnostic(code, PabulibSeverity.Warning, line, column, message) { File = fileName });

        private static Section? SectionOf(List<Field> fields)
        {
            for (var i = 1; i < fields.Count; i++)
            {
                if (fields[i].Text.Length > 0)
                {
                    return null;
                }
            }
            return fields[0].Text.ToUpperInvariant() switch
            {
                "META" => Section.Meta,
                "PROJECTS" => Section.Projects,
                "VOTES" => Section.Votes,
                _ => null,
            };
        }

        private void StartSection(Section next, int line, Field name)
        {
            if (_expectHeader)
            {
                Error("PB0005", _sectionLine, 0, "Na de sectienaam ontbreekt de kopregel met kolomnamen.");
            }
            if (!_seen.Add(next))
            {
                Error("PB0003", line, name.Column, $"De sectie {name.Text.ToUpperInvariant()} komt twee keer voor.");
            }
            else if (next != Section.Meta && _section == Section.None)
            {
                Error("PB0002", line, name.Column, "Het bestand moet beginnen met de sectie META.");
            }
            else if (next == Section.Meta && _section != Section.None)
            {
                Error("PB0003", line, name.Column, "De sectie META moet vooraan staan.");
            }
            else if (next == Section.Votes && !_seen.Contains(Section.Projects))
            {
                Error("PB0003", line, name.Column, "De sectie VOTES moet na PROJECTS komen.");
            }
            _section = next;
            _sectionLine = line;
            _expectHeader = true;
        }

        /// <summary>Splits a line on <c>;</c>, honouring double quotes (<c>""</c> is a quote); fields are trimmed.</summary>
        private bool Split(string line, int lineNumber, out List<Field> fields)
        {
            fields = [];
            var i = 0;
            while (true)
            {
                var start = i;
                while (i < line.Length && line[i] is ' ' or '\t')
                {
                    i++;
                }
                if (i < line.Length && line[i] == '"')
                {
                    var quoteColumn = i + 1;
                    var text = new StringBuilder();
                    i++;
                    while (true)
                    {
                        if (i >= line.Length)
                        {
                            Error("PB0006", lineNumber, quoteColumn, "Het aanhalingsteken wordt niet afgesloten op deze regel.");
                            return false;
                        }
                        if (line[i] == '"')
                        {
                            if (i + 1 < line.Length && line[i + 1] == '"')
                            {
                                text.Append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        text.Append(line[i++]);
                    }
                    while (i < line.Length && line[i] is ' ' or '\t')
                    {
                        i++;
                    }
                    if (i < line.Length && line[i] != ';')
                    {
                        Error("PB0006", lineNumber, i + 1, "Na een veld tussen aanhalingstekens hoort een ';' of het einde van de regel.");
                        return false;
                    }
                    fields.Add(new Field(text.ToString(), quoteColumn));
                }
                else
                {
                    var end = line.IndexOf(';', i);
                    if (end < 0)
                    {
                        end = line.Length;
                    }
                    fields.Add(new Field(line[i..end].Trim(), start + 1 + (i - start)));
                    i = end;
                }
                if (i >= line.Length)
                {
                    return true;
                }
                i++; // past ';'
                if (i == line.Length)
                {
                    fields.Add(new Field(string.Empty, i + 1));
                    return true;
                }
            }
        }

        private void MetaRow(List<Field> fields, int line)
        {
            if (_expectHeader)
            {
                _expectHeader = false;
                if (fields.Count >= 2 && fields[0].Text.Equals("key", StringComparison.OrdinalIgnoreCase)
                    && fields[1].Text.Equals("value", StringComparison.OrdinalIgnoreCase))
                {
                    return; // the usual header; some files leave it out
                }
            }
            if (fields.Count < 2)
            {
                Error("PB0101", line, 1, $"Een META-regel heeft de vorm sleutel;waarde, maar hier staat alleen '{fields[0].Text}'.");
                return;
            }
            var key = fields[0].Text;
            if (key.Length == 0)
            {
                Error("PB0101", line, 1, "De sleutel van deze META-regel is leeg.");
                return;
            }
            // a value that itself holds ';' without quotes: keep it whole
            var value = fields.Count == 2 ? fields[1].Text : string.Join(';', fields.Skip(1).Select(f => f.Text)).TrimEnd(';');
            if (_metaLines.TryGetValue(key, out var first))
            {
                Error("PB0102", line, 1, $"De META-sleutel '{key}' staat er al (regel {first}).");
                return;
            }
            _metaLines[key] = line;
            _meta.Add(new(key, value));
            if (key.Equals("vote_type", StringComparison.OrdinalIgnoreCase))
            {
                if (VoteTypes.Parse(value) is { } type)
                {
                    _voteType = type;
                }
                else
                {
                    Error("PB0105", line, fields[1].Column, $"Onbekend vote_type '{value}'; bekend zijn approval, ordinal, cumulative en scoring.");
                }
            }
        }

        private List<string> Header(List<Field> fields) => fields.Select(f => f.Text).ToList();

        private int Column(List<string> header, string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));

        private void ProjectRow(List<Field> fields, int line)
        {
            if (_expectHeader)
            {
                _expectHeader = false;
                _projectColumns = Header(fields);
                _projectIdColumn = Column(_projectColumns, "project_id");
                _costColumn = Column(_projectColumns, "cost");
                _nameColumn = Column(_projectColumns, "name");
                if (_projectIdColumn < 0)
                {
                    Error("PB0201", line, 1, "De kopregel van PROJECTS mist de kolom project_id.");
                }
                if (_costColumn < 0)
                {
                    Error("PB0201", line, 1, "De kopregel van PROJECTS mist de kolom cost.");
                }
                return;
            }
            var header = _projectColumns!;
            if (!SameWidth(fields, header.Count, line, "PROJECTS"))
            {
                return;
            }
            _projectRows.Add(new PabulibRow(fields.Select(f => f.Text).ToList(), line));
            if (_projectIdColumn < 0 || _costColumn < 0)
            {
                return;
            }
            var id = fields[_projectIdColumn];
            if (id.Text.Length == 0)
            {
                Error("PB0205", line, id.Column, "Het project_id is leeg.");
                return;
            }
            if (_projectIds.TryGetValue(id.Text, out var firstLine))
            {
                Error("PB0203", line, id.Column, $"Project '{id.Text}' staat er al (regel {firstLine}).");
                return;
            }
            _projectIds[id.Text] = line;
            var costField = fields[_costColumn];
            if (!TryNumber(costField.Text, out var cost) || cost < 0)
            {
                Error("PB0204", line, costField.Column, $"De kosten '{costField.Text}' van project '{id.Text}' zijn geen getal van 0 of meer (decimaalpunt, geen komma).");
                return;
            }
            var name = _nameColumn >= 0 && fields[_nameColumn].Text.Length > 0 ? fields[_nameColumn].Text : null;
            _projects.Add(new Project(id.Text, cost, name));
        }

        private bool SameWidth(List<Field> fields, int width, int line, string section)
        {
            if (fields.Count == width)
            {
                return true;
            }
            Error(section == "PROJECTS" ? "PB0202" : "PB0302", line, 0,
                $"Deze regel in {section} heeft {fields.Count} velden, de kopregel {width}. Staat er een ';' in een waarde zonder aanhalingstekens?");
            return false;
        }

        private void VoteRow(List<Field> fields, int line)
        {
            if (_expectHeader)
            {
                _expectHeader = false;
                _voteColumns = Header(fields);
                _voterIdColumn = Column(_voteColumns, "voter_id");
                _voteColumn = Column(_voteColumns, "vote");
                _pointsColumn = Column(_voteColumns, "points");
                if (_voterIdColumn < 0)
                {
                    Error("PB0301", line, 1, "De kopregel van VOTES mist de kolom voter_id.");
                }
                if (_voteColumn < 0)
                {
                    Error("PB0301", line, 1, "De kopregel van VOTES mist de kolom vote.");
                }
                if (_voteType is VoteType.Cumulative or VoteType.Scoring && _pointsColumn < 0)
                {
                    Error("PB0306", line, 1, $"Bij vote_type {VoteTypes.Name(_voteType)} hoort een kolom points in VOTES.");
                }
                ReadPointLimits();
                return;
            }
            if (!SameWidth(fields, _voteColumns!.Count, line, "VOTES"))
            {
                return;
            }
            _voteRows.Add(new PabulibRow(fields.Select(f => f.Text).ToList(), line));
            if (_voterIdColumn < 0 || _voteColumn < 0)
            {
                return;
            }
            var id = fields[_voterIdColumn];
            if (id.Text.Length == 0)
            {
                Error("PB0309", line, id.Column, "Het voter_id is leeg.");
                return;
            }
            if (!_voterIds.Add(id.Text))
            {
                Error("PB0303", line, id.Column, $"Kiezer '{id.Text}' heeft al gestemd (een eerdere regel).");
                return;
            }
            var vote = fields[_voteColumn];
            var projects = new List<string>();
            var ok = true;
            if (vote.Text.Length > 0)
            {
                var offset = 0;
                foreach (var part in vote.Text.Split(','))
                {
                    var project = part.Trim();
                    var column = vote.Column + offset;
                    offset += part.Length + 1;
                    if (!_projectIds.ContainsKey(project))
                    {
                        Error("PB0304", line, column, project.Length == 0
                            ? "Een lege project-id in de stem (twee komma's achter elkaar?)."
                            : $"Kiezer '{id.Text}' stemt op project '{project}', dat niet in PROJECTS staat.");
                        ok = false;
                    }
                    else if (projects.Contains(project, StringComparer.Ordinal))
                    {
                        Error("PB0305", line, column, $"Kiezer '{id.Text}' noemt project '{project}' twee keer.");
                        ok = false;
                    }
                    else
                    {
                        projects.Add(project);
                    }
                }
            }
            List<decimal>? points = null;
            if (_voteType is VoteType.Cumulative or VoteType.Scoring && _pointsColumn >= 0)
            {
                var field = fields[_pointsColumn];
                var parts = field.Text.Length == 0 ? [] : field.Text.Split(',');
                points = [];
                if (ok && parts.Length != projects.Count)
                {
                    Error("PB0307", line, field.Column, $"Kiezer '{id.Text}' heeft {projects.Count} projecten maar {parts.Length} puntwaarden.");
                    ok = false;
                }
                var offset = 0;
                foreach (var part in parts)
                {
                    if (!TryNumber(part.Trim(), out var value))
                    {
                        Error("PB0308", line, field.Column + offset, $"'{part.Trim()}' is geen getal (punten).");
                        ok = false;
                    }
                    else if (!CheckPoints(value, id.Text, projects.ElementAtOrDefault(points.Count), line, field.Column + offset))
                    {
                        ok = false;
                    }
                    points.Add(value);
                    offset += part.Length + 1;
                }
                if (ok && !CheckPointSum(points.Sum(), id.Text, line, field.Column))
                {
                    ok = false;
                }
            }
            if (ok)
            {
                _voters.Add(new Voter(id.Text, projects, points));
            }
        }

        /// <summary>The ballot rules on points from META (pabulib: whole numbers): min_points, max_points, min_sum_points, max_sum_points.</summary>
        private void ReadPointLimits()
        {
            _minPoints = Limit("min_points");
            _maxPoints = Limit("max_points");
            _minSumPoints = Limit("min_sum_points");
            _maxSumPoints = Limit("max_sum_points");

            long? Limit(string key)
            {
                if (!_metaLines.TryGetValue(key, out var metaLine))
                {
                    return null;
                }
                var text = _meta.First(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value.Trim();
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out var value))
                {
                    return value;
                }
                Error("PB0108", metaLine, 0, $"META {key} = '{text}' is geen geheel getal.");
                return null;
            }
        }

        /// <summary>One point value on a ballot: cumulative points are whole and not negative; every points ballot keeps to min_points and max_points.</summary>
        private bool CheckPoints(decimal value, string voter, string? project, int line, int column)
        {
            var what = project is null ? $"Kiezer '{voter}'" : $"Kiezer '{voter}' geeft project '{project}'";
            if (_voteType == VoteType.Cumulative && value < 0)
            {
                Error("PB0310", line, column, $"{what} {value.ToString(Invariant)} punten; punten kunnen niet negatief zijn.");
                return false;
            }
            if (_voteType == VoteType.Cumulative && value != decimal.Truncate(value))
            {
                Error("PB0311", line, column, $"{what} {value.ToString(Invariant)} punten; punten zijn hele getallen.");
                return false;
            }
            if (_maxPoints is { } max && value > max)
            {
                Error("PB0312", line, column, $"{what} {value.ToString(Invariant)} punten, meer dan max_points = {max}.");
                return false;
            }
            if (_minPoints is { } min && value < min)
            {
                Error("PB0313", line, column, $"{what} {value.ToString(Invariant)} punten, minder dan min_points = {min}.");
                return false;
            }
            return true;
        }

        private bool CheckPointSum(decimal sum, string voter, int line, int column)
        {
            if (_maxSumPoints is { } max && sum > max)
            {
                Error("PB0314", line, column, $"Kiezer '{voter}' geeft samen {sum.ToString(Invariant)} punten, meer dan max_sum_points = {max}.");
                return false;
            }
            if (_minSumPoints is { } min && sum < min && sum > 0)
            {
                Error("PB0315", line, column, $"Kiezer '{voter}' geeft samen {sum.ToString(Invariant)} punten, minder dan min_sum_points = {min}.");
                return false;
            }
            return true;
        }

        private decimal? CheckMeta(int end)
        {
            if (!_metaLines.TryGetValue("budget", out var line))
            {
                if (_seen.Contains(Section.Meta))
                {
                    Error("PB0103", end, 0, "META mist de sleutel budget.");
                }
                return null;
            }
            var text = _meta.First(p => p.Key.Equals("budget", StringComparison.OrdinalIgnoreCase)).Value;
            if (!TryNumber(text, out var budget) || budget < 0)
            {
                Error("PB0104", line, 0, $"Het budget '{text}' is geen getal van 0 of meer (decimaalpunt, geen komma).");
                return null;
            }
            if (!_metaLines.ContainsKey("vote_type") && _seen.Contains(Section.Meta))
            {
                Warning("PB0107", MetaLine(), 0, "META noemt geen vote_type; gelezen als approval.");
            }
            return budget;
        }

        private int MetaLine() => _metaLines.Count > 0 ? _metaLines.Values.Min() : 1;

        private void CheckCounts()
        {
            Compare("num_projects", _projects.Count, "projecten");
            Compare("num_votes", _voters.Count, "stemmen");

            void Compare(string key, int actual, string what)
            {
                if (_metaLines.TryGetValue(key, out var line)
                    && int.TryParse(_meta.First(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value, NumberStyles.Integer, Invariant, out var stated)
                    && stated != actual && _errors == 0)
                {
                    Warning("PB0106", line, 0, $"META zegt {key} = {stated}, maar het bestand heeft {actual} {what}.");
                }
            }
        }

        private static bool TryNumber(string text, out decimal value) =>
            decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, Invariant, out value);
    }
}
