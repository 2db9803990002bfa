package definitions

import (
	"fmt"
	"strings"
)

// The agency's own counting rules as one named definition set, "ice": the
// conventions of ICE's ERO annual reports (FY2016–FY2019) that the
// 2019-ICFO-53623 records can reproduce. Each entry is versioned on its own
// (ICEVersion) and cites the published figures it reproduces;
// testdata/ice-reports/figures.json transcribes them and
// TestICEReportFigures (internal/query) answers each through the query
// engine.
const (
	ICE        = "ice"
	ICEVersion = "ice/1"
)

// iceAtLarge is ICE's published at-large grouping: the only grouping of the
// released method values that reproduces every at-large figure of the
// reports (FY2016–18: 30,348 / 40,066 / 40,536).
var iceAtLarge = []string{"Located", "Non-Custodial Arrest", "Probation and Parole"}

// iceCustodial are the methods that are arrests of people already in jails
// and prisons, as the reports describe custodial arrests: the Criminal Alien
// Program's values and 287(g), made by deputized officers in jails.
var iceCustodial = join(capMethods, []string{"287(g) Program"})

// iceScheme is the method scheme of the ice set.
func iceScheme() MethodScheme {
	s := MethodScheme{
		Name:      ICE,
		Source:    "ICE's ERO annual reports (" + ICEVersion + "): at-large = Located, Non-Custodial Arrest, Probation and Parole, which reproduces the published at-large arrests exactly (FY2016 30,348; FY2017 40,066; FY2018 40,536)",
		AtLarge:   iceAtLarge,
		Custodial: iceCustodial,
		Note:      "The reports describe custodial arrests as arrests of people already in jails and prisons and publish no list of methods for them; they do not say where Law Enforcement Agency Response Unit, Other Agency, ERO Reprocessed Arrest, task forces, Worksite Enforcement, border or inspection methods go. icestat keeps those as other under ice, so at-large + custodial is less than the total.",
	}
	s.Other = rest(s.AtLarge, s.Custodial)
	return s
}

// Removal bases accepted by --removal-basis.
const (
	BasisRemovalDate  = "removal-date"  // default: ICE's annual totals
	BasisExcludingLag = "excluding-lag" // ICE's removals "excluding the lag"
	BasisDepartedDate = "departed-date" // by Departed Date alone
)

// RemovalBasis is one way of assigning a removal to a period.
type RemovalBasis struct {
	Name       string
	Rule       string
	Reproduces string
}

// RemovalBases lists the bases; the first is the default.
var RemovalBases = []RemovalBasis{
	{BasisRemovalDate, "a removal counts in the period of its Removal Date (else Departed Date): ICE's annual totals", "FY2016 240,255; FY2017 226,119; FY2018 256,085 removals (ICE ERO reports FY2016–FY2018)"},
	{BasisExcludingLag, "Removal Date in the period, leaving out the 'lag': rows whose Departed Date falls in an earlier fiscal year than their Removal Date", "FY2016 235,524; FY2017 220,649; FY2018 252,405 removals excluding the lag (ICE ERO reports)"},
	{BasisDepartedDate, "the period, fiscal year, month and date dimensions are those of Departed Date, over every stored removals row", ""},
}

// Basis returns the named removal basis ("" is the default).
func Basis(name string) (RemovalBasis, error) {
	if name == "" {
		return RemovalBases[0], nil
	}
	var names []string
	for _, b := range RemovalBases {
		if b.Name == name {
			return b, nil
		}
		names = append(names, b.Name)
	}
	return RemovalBasis{}, fmt.Errorf("unknown removal basis %q (want %s)", name, strings.Join(names, ", "))
}

// January20 is ICE's "from January 20 to the end of the fiscal year"
// window of fiscal year fy as the plain dates of --from and --to.
func January20(fy int) (from, to string) {
	return fmt.Sprintf("%04d-01-20", fy), fmt.Sprintf("%04d-09-30", fy)
}

// SetEntry is a definition of a named definition set, with its own version
// and the published figures it reproduces.
type SetEntry struct {
	Definition
	Set        string `json:"set"`
	Version    string `json:"version"`
	Reproduces string `json:"reproduces"`
}

// agencyDefinitions are the entries of the ice set as they are printed in
// All(): the version in the term, the published figures after the rule.
func agencyDefinitions() []Definition {
	var out []Definition
	for _, e := range ICESet() {
		d := e.Definition
		d.Term += " [" + e.Version + "]"
		if e.Reproduces != "" {
			d.Rule += " Reproduces: " + e.Reproduces + "."
		}
		out = append(out, d)
	}
	return out
}

// ICESet lists the entries of the ice definition set.
func ICESet() []SetEntry {
	s := iceScheme()
	var bases []string
	for _, b := range RemovalBases {
		bases = append(bases, b.Name+" = "+b.Rule)
	}
	from, to := January20(2017)
	return []SetEntry{
		{Definition: Definition{Term: "ICE's annual-report conventions (definition set ice)",
			Rule:   "ICE's ERO annual reports (FY2016–FY2019) count with their own groupings. The set names them: --method-scheme ice (at-large and custodial arrests), --removal-basis (removals, with or without the lag) and ICE's 'since January 20' windows as plain --from/--to periods. testdata/ice-reports/figures.json transcribes every report figure the 2019-ICFO-53623 records can reconstruct, with the page and sentence it comes from, and lists those they cannot with the reason; TestICEReportFigures answers each through icestat count.",
			Limits: "The 2019 release has no criminality, arresting-agency or program field: the reports' criminal-history splits, interior vs border removals and removals by arresting agency cannot be reconstructed. The FY2019 files stop on 2019-08-31, so no FY2019 total can be."},
			Set: ICE, Version: ICEVersion},
		{Definition: Definition{Term: "at-large and custodial arrests as ICE counts them (--method-scheme ice)",
			Rule:   fmt.Sprintf("at-large = %s; custodial = %s; other = every other listed method; unknown = empty, redacted or unlisted values.", strings.Join(s.Methods(AtLarge), ", "), strings.Join(s.Methods(Custodial), ", ")),
			Limits: s.Note + " The other schemes give other at-large figures for the same rows (FY2016: icestat 25,724, ddp 25,714, newsroom 30,733)."},
			Set: ICE, Version: ICEVersion,
			Reproduces: "at-large arrests FY2016 30,348, FY2017 40,066, FY2018 40,536; from January 20 to September 30: 2016 22,094, 2017 31,663 (ICE FY2017 and FY2018 ERO reports)"},
		{Definition: Definition{Term: "removals basis (--removal-basis)",
			Rule:   strings.Join(bases, "; ") + ". Only removals take a basis; removal-date is the default.",
			Limits: "A departed-date count for a period is complete only when the removals files of the following fiscal year are stored too: a removal recorded in FY N+1 can have departed in FY N (the 2019-ICFO-53623 files give 240,994 / 224,329 / 257,001 for FY2016–18 by Departed Date; ICE publishes no such figure). Excluding-lag keeps rows with no Departed Date."},
			Set: ICE, Version: ICEVersion,
			Reproduces: RemovalBases[0].Reproduces + "; " + RemovalBases[1].Reproduces},
		{Definition: Definition{Term: "ICE's 'since January 20' windows",
			Rule:   fmt.Sprintf("ICE's 'from January 20 to the end of FY N' is the plain period --from N-01-20 --to N-09-30 (FY2017: --from %s --to %s), with any dataset, scheme or filter.", from, to),
			Limits: "A date window, not a fiscal year: comparisons with 'the same period' of another year use the same days of that year."},
			Set: ICE, Version: ICEVersion,
			Reproduces: "administrative arrests 2016 77,806 and 2017 110,568; at-large (ice) 2016 22,094 and 2017 31,663"},
	}
}
