package detstats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Expected values below were read by hand from the workbook cells (unzip
// the .xlsx, read xl/sharedStrings.xml and xl/worksheets/sheetN.xml with a
// throwaway Python script, independent of internal/xlsx); each cites its
// sheet and cell.

// sharedDir is ../../../shared relative to this package (the checkout's
// sibling data directory).
func sharedDir(t testing.TB) string {
	t.Helper()
	d, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "data", "ice-detention-stats", "workbooks"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(d); err != nil {
		t.Skipf("detention-statistics workbooks not found at %s (the shared data directory is absent): skipping", d)
	}
	return d
}

func edition(t *testing.T, prefix string) *Edition {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(sharedDir(t), prefix+"_*.xlsx"))
	if len(m) != 1 {
		t.Fatalf("want one workbook %s_*.xlsx, found %v", prefix, m)
	}
	e, err := ReadEdition(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func table(t *testing.T, e *Edition, sheet, ref string) *Table {
	t.Helper()
	for _, tb := range e.Tables {
		if strings.TrimSpace(tb.Sheet) == sheet && tb.Ref == ref {
			return tb
		}
	}
	var have []string
	for _, tb := range e.Tables {
		have = append(have, tb.Sheet+"!"+tb.Ref)
	}
	t.Fatalf("%s: no table at %s!%s (have %v)", e.File, sheet, ref, have)
	return nil
}

func value(t *testing.T, tb *Table, cell string) *Value {
	t.Helper()
	for i := range tb.Values {
		if tb.Values[i].Cell() == cell {
			return &tb.Values[i]
		}
	}
	t.Fatalf("%s!%s: no value at %s", tb.Sheet, tb.Ref, cell)
	return nil
}

func check(t *testing.T, tb *Table, cell string) *TotalCheck {
	t.Helper()
	return checkAxis(t, tb, cell, "row")
}

func checkAxis(t *testing.T, tb *Table, cell, axis string) *TotalCheck {
	t.Helper()
	for i := range tb.Totals {
		if tb.Totals[i].Cell == cell && tb.Totals[i].Axis == axis {
			return &tb.Totals[i]
		}
	}
	t.Fatalf("%s!%s: no totals check at %s", tb.Sheet, tb.Ref, cell)
	return nil
}

func wantValue(t *testing.T, v *Value, keys, measure, period string, num float64) {
	t.Helper()
	if got := strings.Join(v.Keys, " / "); got != keys {
		t.Errorf("%s: keys %q, want %q", v.Cell(), got, keys)
	}
	if v.Measure != measure {
		t.Errorf("%s: measure %q, want %q", v.Cell(), v.Measure, measure)
	}
	if v.Period != period {
		t.Errorf("%s: period %q, want %q", v.Cell(), v.Period, period)
	}
	if !v.HasNum || v.Num != num {
		t.Errorf("%s: value %v (has %v), want %v", v.Cell(), v.Num, v.HasNum, num)
	}
}

func date(s string) time.Time {
	d, _ := time.Parse("2006-01-02", s)
	return d
}

// FY2019 layout: 'Detention FY19' and 'Facilities FY19' of the 2019-10-06 edition.
func TestFY2019(t *testing.T) {
	e := edition(t, "2019-10-06")
	if e.FY != 2019 || !e.Date.Equal(date("2019-10-06")) {
		t.Errorf("edition FY %d date %s", e.FY, e.Date)
	}
	// 'Detention FY19'!A18 "ICE Currently Detained by Criminality and
	// Arresting Agency"; header A19:F19; B20 (Total, ICE) = 18881 = B21 12543
	// + B22 4412 + B23 1926; F20 (Total, Total) = 50922 = B20 + D20 32041.
	tb := table(t, e, "Detention FY19", "A18")
	if tb.Kind != "detained_by_agency_criminality" {
		t.Errorf("kind %q", tb.Kind)
	}
	v := value(t, tb, "B20")
	wantValue(t, v, "Total", "ICE", "", 18881)
	if !v.Total {
		t.Error("B20 not marked as a totals value")
	}
	wantValue(t, value(t, tb, "D21"), "Convicted Criminal", "CBP", "", 3577)
	if c := check(t, tb, "B20"); !c.OK || c.Sum != 12543+4412+1926 || c.Parts != 3 {
		t.Errorf("B20 check %+v", c)
	}
	if c := checkAxis(t, tb, "F20", "column"); !c.OK || c.Sum != 18881+32041 || c.Parts != 2 {
		t.Errorf("F20 column check %+v (percent columns must be left out)", c)
	}
	// 'Facilities FY19': two-level header. J5 "FY19 ADP: Detainee
	// Classification Level" (merged J5:M5) over J7 "Level A"; A8 "STEWART
	// DETENTION CENTER", J8 = 1150.1506849314969, F8 (AOR) = "ATL", D8 = "GA".
	tb = table(t, e, "Facilities FY19", "A3")
	if tb.Kind != "facility_adp" || tb.HeaderRows != 2 {
		t.Errorf("kind %q header rows %d", tb.Kind, tb.HeaderRows)
	}
	wantValue(t, value(t, tb, "J8"), "STEWART DETENTION CENTER", "ADP: Detainee Classification Level / Level A", "", 1150.1506849314969)
	if a := value(t, tb, "F8"); a.Text != "ATL" || a.Measure != "Facility Information / AOR" {
		t.Errorf("F8 %+v", a)
	}
	if a := value(t, tb, "D8"); a.Text != "GA" {
		t.Errorf("D8 %+v", a)
	}
	if len(tb.Notes) == 0 || !strings.HasPrefix(tb.Notes[0], "Source: ICE Integrated") {
		t.Errorf("facilities notes %q (A6 'Source: ICE Integrated Decision Support…' sits between the header rows)", tb.Notes)
	}
}

// FY2021 layout, 2021-06-12 edition.
func TestFY2021(t *testing.T) {
	e := edition(t, "2021-06-12")
	// 'Detention FY21 YTD'!A36: release reason (A) and criminality (B) as two
	// key columns, months C..N, Total O. C39 (Bonded Out, Total, Oct = FY21
	// 2020-10) = 1131 = C40 328 + C41 397 + C42 406; C38 (Total) = 2532.
	tb := table(t, e, "Detention FY21 YTD", "A36")
	if tb.Kind != "book_outs_by_reason" {
		t.Errorf("kind %q", tb.Kind)
	}
	wantValue(t, value(t, tb, "C39"), "Bonded Out / Total", "value", "2020-10", 1131)
	wantValue(t, value(t, tb, "C40"), "Bonded Out / Convicted Criminal", "value", "2020-10", 328)
	wantValue(t, value(t, tb, "O39"), "Bonded Out / Total", "Total", "", 7582)
	if c := check(t, tb, "C39"); !c.OK || c.Sum != 328+397+406 {
		t.Errorf("C39 check %+v", c)
	}
	// C38 = Bonded Out + Order of Recognizance + … ; "Bond Set by ICE" and
	// "Bond Set by IJ" make up "Bonded Out" and are not added twice.
	if c := check(t, tb, "C38"); !c.OK || c.Total != 2532 {
		t.Errorf("C38 check %+v", c)
	}
	// 'ATD FY21 YTD'!A16 "Active ATD Participants … as of 6/5/2021, by AOR
	// and Technology": A19 Atlanta B19 = 3235 heads A20 GPS 939, A21
	// SmartLINK 1065, A22 TR 1231 (= 3235).
	tb = table(t, e, "ATD FY21 YTD", "A16")
	if tb.Kind != "atd_by_aor" || !tb.AsOf.Equal(date("2021-06-05")) || tb.AsOfFrom != "title" {
		t.Errorf("kind %q as of %s (%s)", tb.Kind, tb.AsOf, tb.AsOfFrom)
	}
	wantValue(t, value(t, tb, "B19"), "Atlanta / Total", "Count", "", 3235)
	wantValue(t, value(t, tb, "B20"), "Atlanta / GPS", "Count", "", 939)
	if c := check(t, tb, "B19"); !c.OK || c.Sum != 939+1065+1231 {
		t.Errorf("B19 check %+v", c)
	}
}

// A totals row that does not add up is recorded, not hidden: 2021-04-15
// 'Detention FY21 YTD'!C38 Total = 2535 but C39 Bonded Out 1136 + C51
// Order of Recognizance 607 + C55 Order of Supervision 406 + C59 Paroled
// 390 = 2539; C39 1136 ≠ C40 317 + C41 409 + C42 406 = 1132.
func TestTotalsMismatchRecorded(t *testing.T) {
	e := edition(t, "2021-04-15")
	tb := table(t, e, "Detention FY21 YTD", "A36")
	if c := check(t, tb, "C38"); c.OK || c.Total != 2535 || c.Sum != 2539 || c.Parts != 4 {
		t.Errorf("C38 check %+v", c)
	}
	if c := check(t, tb, "C39"); c.OK || c.Sum != 1132 {
		t.Errorf("C39 check %+v", c)
	}
	_, _, _, failed := e.Stats()
	if failed == 0 {
		t.Error("edition reports no failed totals checks")
	}
}

// FY2023 layout, 2023-06-13 edition: a footnote mark in a title.
func TestFY2023(t *testing.T) {
	e := edition(t, "2023-06-13")
	// 'Trans. Detainee Pop. FY23'!A3 "ICE Transgender* Detainee Population FY
	// 2023 YTD:  as of 6/5/2023"; A4 "FY 2023 YTD" | B4 "County" (sic); B5
	// Total Book-Ins = 89; A19 footnote "* Data are based on…".
	var tb *Table
	for _, x := range e.Tables {
		if x.Kind == "transgender_detainees" {
			tb = x
		}
	}
	if tb == nil {
		t.Fatal("no transgender_detainees table")
	}
	if tb.Ref != "A3" || tb.Marks != "*" || !tb.AsOf.Equal(date("2023-06-05")) {
		t.Errorf("ref %s marks %q as of %s", tb.Ref, tb.Marks, tb.AsOf)
	}
	wantValue(t, value(t, tb, "B5"), "Total Book-Ins", "County", "", 89)
	// 'Detention FY23'!A18 currently detained: B20 (Total, ICE).
	d := table(t, e, "Detention FY23", "A18")
	if d.Kind != "detained_by_agency_criminality" {
		t.Errorf("kind %q", d.Kind)
	}
	for _, c := range d.Totals {
		if !c.OK {
			t.Errorf("failed check %+v", c)
		}
	}
}

// FY2025 layout, 2025-06-21 edition.
func TestFY2025(t *testing.T) {
	e := edition(t, "2025-06-21")
	// 'Detention FY25'!A18: B20 (Total, ICE) = 39312, F20 (Total, Total) =
	// 56397, B21 (Convicted Criminal, ICE) = 14527.
	tb := table(t, e, "Detention FY25", "A18")
	wantValue(t, value(t, tb, "B20"), "Total", "ICE", "", 39312)
	wantValue(t, value(t, tb, "F20"), "Total", "Total", "", 56397)
	wantValue(t, value(t, tb, "B21"), "Convicted Criminal", "ICE", "", 14527)
	// A36 "ICE Final Book Outs by Release Reason…": O39 (Bonded Out, Total) = 11716.
	tb = table(t, e, "Detention FY25", "A36")
	if tb.Kind != "book_outs_by_reason" {
		t.Errorf("kind %q", tb.Kind)
	}
	wantValue(t, value(t, tb, "O39"), "Bonded Out / Total", "Total", "", 11716)
	// A90 ADP by agency: A92 "CBP Average" heads A93 "Convicted Criminal":
	// B93 = 1403.16129032258 (Oct = 2024-10).
	tb = table(t, e, "Detention FY25", "A90")
	if tb.Kind != "adp_by_agency_criminality" {
		t.Errorf("kind %q", tb.Kind)
	}
	wantValue(t, value(t, tb, "B93"), "CBP / Convicted Criminal", "value", "2024-10", 1403.16129032258)
	wantValue(t, value(t, tb, "B92"), "CBP / Total", "value", "2024-10", 24425.7419354839)
	// A148 credible-fear parole status: A150 FY2025 (merged A150:A151) over
	// B150 Parole Granted C150 = 596 and B151 Parole Denied C151 = 151.
	tb = table(t, e, "Detention FY25", "A148")
	wantValue(t, value(t, tb, "C151"), "FY2025 / Parole Denied", "value", "2024-10", 151)
}

// FY2026 layout, 2026-04-10 edition.
func TestFY2026(t *testing.T) {
	e := edition(t, "2026-04-10")
	if e.FY != 2026 || !e.FileDate.Equal(date("2026-04-09")) {
		t.Errorf("FY %d file date %s", e.FY, e.FileDate)
	}
	// 'Detention FY26'!A18: B20 (Total, ICE) = 51428 = 16601 + 16798 + 18029.
	tb := table(t, e, "Detention FY26", "A18")
	wantValue(t, value(t, tb, "B20"), "Total", "ICE", "", 51428)
	if c := check(t, tb, "B20"); !c.OK || c.Sum != 16601+16798+18029 {
		t.Errorf("B20 check %+v", c)
	}
	// 'ATD FY26 YTD'!E7 "FY26 thru March Court Appearance: Total Hearings*"
	// (footnote mark, E14 "*Only Participants with court tracking
	// assigned"), side by side with A7: F9 (Attended, Count) = 36159; F11
	// Total 37011 = 36159 + 852.
	tb = table(t, e, "ATD FY26 YTD", "E7")
	if tb.Kind != "atd_court_total_hearings" || tb.Marks != "*" {
		t.Errorf("kind %q marks %q", tb.Kind, tb.Marks)
	}
	wantValue(t, value(t, tb, "F9"), "Attended", "Count", "", 36159)
	if c := check(t, tb, "F11"); !c.OK || c.Sum != 36159+852 {
		t.Errorf("F11 check %+v", c)
	}
	a := table(t, e, "ATD FY26 YTD", "A7")
	// A7:C13, B13 Total = 180701 = B9 131643 + B10 46302 + B11 2707 + B12 49;
	// "Daily Tech Cost" (C) is a cost: not checked.
	if a.Kind != "atd_by_technology" || a.Range != "A7:C13" {
		t.Errorf("A7 kind %q range %s", a.Kind, a.Range)
	}
	if c := check(t, a, "B13"); !c.OK || c.Sum != 131643+46302+2707+49 {
		t.Errorf("B13 check %+v", c)
	}
	// ' ICLOS and Detainees'!A13 "Detainees": three header levels (A16
	// year, A17 months, A18 mid/end); section A19 "Adult Facility Aliens",
	// B20 (0-180 Days, 2023 January mid) = 18356.
	tb = table(t, e, "ICLOS and Detainees", "A13")
	if tb.Kind != "iclos_detainees_by_length" || tb.HeaderRows != 3 {
		t.Errorf("kind %q header rows %d", tb.Kind, tb.HeaderRows)
	}
	wantValue(t, value(t, tb, "B20"), "Adult Facility Aliens / 0-180 Days", "mid", "2023-01", 18356)
	// 'Facilities FY26'!A3 "ICE Facilities Data, FY26": A11 ADAMS COUNTY
	// CORRECTIONAL CENTER, J11 Level A = 1709.327869.
	tb = table(t, e, "Facilities FY26", "A3")
	if tb.Kind != "facility_adp" || tb.HeaderRows != 2 {
		t.Errorf("kind %q header rows %d", tb.Kind, tb.HeaderRows)
	}
	wantValue(t, value(t, tb, "J11"), "ADAMS COUNTY CORRECTIONAL CENTER", "ADP: Detainee Classification Level / Level A", "", 1709.327869)
}

// Every edition opens, and lists tables; every table of every edition has a
// known kind (numbers outside any table are reported separately).
func TestAllEditions(t *testing.T) {
	dir := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	if len(files) != 147 {
		t.Errorf("%d workbooks, want 147", len(files))
	}
	var tables, unknown, passed, failed, strays int
	for _, f := range files {
		e, err := ReadEdition(f)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		tb, rec, p, fl := e.Stats()
		if tb < 10 {
			t.Errorf("%s: only %d tables", e.File, tb)
		}
		if e.Date.IsZero() || e.FY == 0 {
			t.Errorf("%s: edition date %s FY %d", e.File, e.Date, e.FY)
		}
		tables, unknown, passed, failed = tables+tb, unknown+tb-rec, passed+p, failed+fl
		for _, u := range e.Unrecognised {
			if u.Reason != "table kind not recognised" {
				strays++
			}
		}
	}
	t.Logf("%d editions: %d tables, %d of unknown kind, totals checks %d passed / %d failed, %d blocks of numbers outside tables",
		len(files), tables, unknown, passed, failed, strays)
	if unknown > 0 {
		t.Errorf("%d tables of unknown kind", unknown)
	}
	if failed > passed/100 {
		t.Errorf("%d failed totals checks of %d: too many to be ICE's own inconsistencies", failed, passed+failed)
	}
}

func TestPlausibleDate(t *testing.T) {
	ed := date("2022-12-08")
	for s, want := range map[string]string{"221207": "2022-12-07", "112822": "2022-11-28", "12072022": "2022-12-07", "07222020": ""} {
		got := plausibleDate(s, ed)
		if want == "" && !got.IsZero() || want != "" && !got.Equal(date(want)) {
			t.Errorf("%s: %s, want %s", s, got, want)
		}
	}
}

// kindTable returns the edition's one table of a kind.
func kindTable(t *testing.T, e *Edition, kind string) *Table {
	t.Helper()
	var found []*Table
	for _, tb := range e.Tables {
		if tb.Kind == kind {
			found = append(found, tb)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%s: %d tables of kind %s, want 1", e.File, len(found), kind)
	}
	return found[0]
}

// ATD by AOR and technology: one label column holding AORs with their
// technologies under them. Cells read with the throwaway XML script (see
// the top of this file); each case was a false totals failure before.
func TestATDByAORHierarchy(t *testing.T) {
	t.Run("unlabelled figure below a labelled total", func(t *testing.T) {
		// 2021-09-11 'ATD FY21 YTD': A18 "Total" B18 = 136026 heads the
		// table; B115 = 117682 has no label (A115 empty) and is not the sum
		// of anything: kept as its own figure, never checked as a total.
		tb := kindTable(t, edition(t, "2021-09-11"), "atd_by_aor")
		wantValue(t, value(t, tb, "B115"), unlabelled+" / Total", "Count", "", 117682)
		if v := value(t, tb, "B115"); v.Total {
			t.Error("B115 taken as a total")
		}
		if c := check(t, tb, "B18"); !c.OK || c.Total != 136026 {
			t.Errorf("B18 check %+v", c)
		}
		for _, c := range tb.Totals {
			if c.Cell == "B115" {
				t.Errorf("B115 checked as a total: %+v", c)
			}
		}
	})
	t.Run("technology row without a label", func(t *testing.T) {
		// 2025-02-04 'ATD FY25 YTD': A94 Los Angeles B94 = 16345 = B95 13815
		// + B96 2 + B97 295 + B98 18 (A98 empty) + B99 1355 + B100 860.
		tb := kindTable(t, edition(t, "2025-02-04"), "atd_by_aor")
		wantValue(t, value(t, tb, "B98"), "Los Angeles / "+noLabel, "Count", "", 18)
		if c := check(t, tb, "B94"); !c.OK || c.Sum != 13815+2+295+18+1355+860 || c.Parts != 6 {
			t.Errorf("B94 check %+v", c)
		}
	})
	t.Run("technology printed under one AOR only", func(t *testing.T) {
		// 2025-10-30 'ATD FY25 YTD': A88 Miami B88 = 17091 = B89 SmartLINK
		// 14106 + B90 "No Tech" 19 (its only row in the table) + B91 1 +
		// B92 2907 + B93 58; A94 New Orleans is the next AOR.
		tb := kindTable(t, edition(t, "2025-10-30"), "atd_by_aor")
		wantValue(t, value(t, tb, "B90"), "Miami / No Tech", "Count", "", 19)
		if c := check(t, tb, "B88"); !c.OK || c.Sum != 14106+19+1+2907+58 {
			t.Errorf("B88 check %+v", c)
		}
	})
	t.Run("AOR printed twice", func(t *testing.T) {
		// 2021-12-10 'ATD FY22 YTD': A55 Houston B55 = 7227 = 3414 + 3680 +
		// 133 (B56:B58); A59 Houston again, B59 = 3493 = 1546 + 1925 + 22.
		tb := kindTable(t, edition(t, "2021-12-10"), "atd_by_aor")
		wantValue(t, value(t, tb, "B55"), "Houston / Total", "Count", "", 7227)
		wantValue(t, value(t, tb, "B59"), "Houston (2) / Total", "Count", "", 3493)
		if c := check(t, tb, "B59"); !c.OK || c.Sum != 1546+1925+22 {
			t.Errorf("B59 check %+v", c)
		}
	})
	t.Run("empty technology row is not a section", func(t *testing.T) {
		// 2023-03-01 'ATD FY23 YTD': A39 "No Tech" with B39 empty under
		// Baltimore; A40 Boston B40 = 10190 = 129 + 10041 + 7 + 13
		// (B41:B44); A29 Total B29 = 305992 adds up the AORs.
		tb := kindTable(t, edition(t, "2023-03-01"), "atd_by_aor")
		wantValue(t, value(t, tb, "B40"), "Boston / Total", "Count", "", 10190)
		if c := check(t, tb, "B40"); !c.OK || c.Sum != 129+10041+7+13 {
			t.Errorf("B40 check %+v", c)
		}
		if c := check(t, tb, "B29"); !c.OK || c.Total != 305992 {
			t.Errorf("B29 check %+v", c)
		}
	})
}

// As-of dates of the 2019-10-06 edition, whose titles and file name carry
// none (cells read with the throwaway XML script):
//   - 'Footnotes'!A71 "ICE Currently Detained Population", B71 "ICE National
//     Docket data are a snapshot as of 10/04/2019 …" dates the currently
//     detained tables; A78 "FY2019 ICE Initial Book-Ins", B78 "… filtered
//     through 09/30/2019 …" the book-ins;
//   - 'ATD FY19'!A12 "Data from BI Inc. Participants Report, 9.30.2019"
//     under the ATD status table;
//   - 'Facilities FY19'!A6 "Source: ICE Integrated Decision Support (IIDS),
//     10/07/2019" above the facility table.
func TestAsOfFromFootnotesAndSourceNotes(t *testing.T) {
	e := edition(t, "2019-10-06")
	for _, c := range []struct{ kind, asOf, from string }{
		{"detained_by_agency_criminality", "2019-10-04", "footnotes"},
		{"detained_by_disposition_facility_type", "2019-10-04", "footnotes"},
		{"book_ins_by_agency_month", "2019-09-30", "footnotes"},
		{"atd_by_status", "2019-09-30", "notes"},
		{"facility_adp", "2019-10-07", "notes"},
	} {
		tb := kindTable(t, e, c.kind)
		if !tb.AsOf.Equal(date(c.asOf)) || tb.AsOfFrom != c.from {
			t.Errorf("%s: as of %s from %q, want %s from %q", c.kind, tb.AsOf.Format("2006-01-02"), tb.AsOfFrom, c.asOf, c.from)
		}
	}
}

// A month past a missing year cell: the 2026-02-03 edition's " ICLOS and
// Detainees" sheet heads its columns with years in B4 (2023), Z4 (2024)
// and AX4 (2025) only; BV (January 2026, mid) has no year cell and carried
// 2025, repeating January 2025's period. Cells read with
// `python3 testdata/claims/expected.py --cells FILE " ICLOS and Detainees" 4:48`:
// AX5 January (2025), BT5 December, BU6 end, BV5 January, BV6 mid;
// BU48 = 70851, BV48 = 75831 (Total / Total).
func TestMonthAfterMissingYear(t *testing.T) {
	e := edition(t, "2026-02-03")
	var tb *Table
	for _, x := range e.Tables {
		if x.Kind == "iclos_detainees_by_length" {
			tb = x
		}
	}
	if tb == nil {
		t.Fatal("no iclos_detainees_by_length table")
	}
	wantValue(t, value(t, tb, "BU48"), "Total / Total", "end", "2025-12", 70851)
	wantValue(t, value(t, tb, "BV48"), "Total / Total", "mid", "2026-01", 75831)
	seen := map[string]string{}
	for _, v := range tb.Values {
		k := strings.Join(v.Keys, "/") + "|" + v.Measure + "|" + v.Period
		if c, dup := seen[k]; dup {
			t.Errorf("%s and %s share keys, measure and period %q", c, v.Cell(), k)
			break
		}
		seen[k] = v.Cell()
	}
}
