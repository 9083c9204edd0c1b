# SPDX-License-Identifier: GPL-3.0-or-later
# tests of core/query's named reads (what the windows ask of the index) and of the background
# reader's connection
vaultview_add_test(tst_taskqueries)
vaultview_add_test(tst_taskdependencies)
vaultview_add_test(tst_meetingqueries)
vaultview_add_test(tst_timelinequeries)
vaultview_add_test(tst_vocabulary)
vaultview_add_test(tst_notequeries)
vaultview_add_test(tst_readconnection)
