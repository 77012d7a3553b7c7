/**
 * Reading the input: hashtag extraction (twitter-text rules), normalisation and folding, word
 * tokens, evasion signals (invisible and look-alike characters), tag segmentation into readings and
 * the risky alternates, and tone. Imports nothing of hashvet but the root package.
 */
package dev.hashvet.text;
