/**
 * Strict reading of the desk's JSON documents (catalogue, parameter files, scenario sets, batch
 * requests): {@link com.suanli.data.json.JsonInput} walks Jackson's tree keeping the JSON path,
 * with typed reads, unknown-field refusal and values built under their path;
 * {@link com.suanli.data.json.JsonReadException} is the one refusal, with the file name where
 * known and each problem as {@code $.path: reason}; {@link com.suanli.data.json.JsonText} holds the
 * one Jackson set-up, file reading and printing. What a document means belongs to its reader in
 * {@code com.suanli.data.catalogue} or {@code com.suanli.data.pricing}, never here.
 */
package com.suanli.data.json;
