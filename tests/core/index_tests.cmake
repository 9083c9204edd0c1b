# tests of the index, query, writer and CLI classes
vaultview_add_test(tst_vaultscanner)
vaultview_add_test(tst_vaultindex)
vaultview_add_test(tst_indexer)
vaultview_add_test(tst_query)
vaultview_add_test(tst_search)
vaultview_add_test(tst_taskwriter)
vaultview_add_test(tst_commandline)
# The smoke test runs the real binary from VV_BIN_DIR.
add_dependencies(tst_commandline vaultview-cli)
vaultview_add_test(tst_journal)
vaultview_add_test(tst_writesafety)
vaultview_add_test(tst_hostilevault)
add_dependencies(tst_hostilevault vaultview-cli)
# Many processes on one vault, and the write path under injected faults: both run the real binary.
vaultview_add_test(tst_manyhands TIMEOUT 600)
add_dependencies(tst_manyhands vaultview-cli)
vaultview_add_test(tst_writefaults TIMEOUT 600)
add_dependencies(tst_writefaults vaultview-cli)
