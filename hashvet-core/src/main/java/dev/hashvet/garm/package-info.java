/**
 * The brand-safety language of the GARM Brand Safety Floor + Suitability Framework (WFA, 2019;
 * June 2022): its twelve categories and four risk tiers, a brand's profile (who the brand is) and
 * its suitability settings (which tiers of which category it reviews or blocks), with the bundled
 * industry presets. Imports only the root package, so that {@code rules}, {@code config},
 * {@code vet} and {@code report} can all speak it.
 */
package dev.hashvet.garm;
