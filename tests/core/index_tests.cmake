# tests of the index, query, writer and CLI classes
