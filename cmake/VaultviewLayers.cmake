# SPDX-License-Identifier: GPL-3.0-or-later
# The floors and rooms of docs/architecture.md as data: for each library, the libraries of this
# project it may use directly. What it may include is everything it may use, transitively.
# vaultview_check_layers() compares every target's links with this table at configure time, and
# scripts/check-layers.cmake compares every #include with it (the `layers` test), so an arrow the
# diagram does not allow fails the build before anyone has to notice it in review.
set(VAULTVIEW_LAYERS
  "core_model:"
  "core_parse:core_model"
  "core_index:core_parse core_model"
  "core_query:core_index core_model"
  "core_views:core_query core_index core_model"
  "core_write:core_index core_parse core_model"
  "core_cli:core_views core_write core_query core_index core_parse core_model"
  "ui_widgets:"
  "ui_session:ui_widgets core_write core_query core_index core_model"
  "ui_decisions:ui_session ui_widgets core_views"
  "ui_tasks:ui_session ui_widgets core_views"
  "ui_people:ui_decisions ui_session ui_widgets core_views"
  "ui_meeting:ui_tasks ui_people ui_decisions ui_session ui_widgets"
  "ui_timeline:ui_meeting ui_session ui_widgets"
  "ui_shell:ui_timeline ui_meeting ui_people ui_decisions ui_tasks ui_session ui_widgets"
)

# The direct uses of `library` (core_model…), in `out`; FATAL_ERROR for a library not in the table.
function(vaultview_layer_uses library out)
  foreach(entry IN LISTS VAULTVIEW_LAYERS)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 name)
    if(name STREQUAL library)
      list(LENGTH parts n)
      set(uses "")
      if(n GREATER 1)
        list(GET parts 1 uses)
        separate_arguments(uses)
      endif()
      set(${out} "${uses}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "${library} is not a room of docs/architecture.md (cmake/VaultviewLayers.cmake)")
endfunction()

# Everything `library` may reach, through the libraries it may use.
function(vaultview_layer_reach library out)
  set(reach "")
  set(todo "${library}")
  while(todo)
    list(POP_FRONT todo current)
    vaultview_layer_uses(${current} uses)
    foreach(use IN LISTS uses)
      if(NOT use IN_LIST reach)
        list(APPEND reach ${use})
        list(APPEND todo ${use})
      endif()
    endforeach()
  endwhile()
  set(${out} "${reach}" PARENT_SCOPE)
endfunction()

# vaultview_library(core_index SOURCES … LINK … PRIVATE …): the static library of one folder.
function(vaultview_library name)
  cmake_parse_arguments(L "" "" "SOURCES;LINK;PRIVATE" ${ARGN})
  vaultview_layer_uses(${name} unused) # a library the table does not know fails here
  add_library(${name} STATIC ${L_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${L_LINK} PRIVATE ${L_PRIVATE})
  set_property(GLOBAL APPEND PROPERTY VAULTVIEW_LIBRARIES ${name})
endfunction()

# Every project library links only what the table lets it reach; a ui_widgets that links core
# (or a core library that links ui, or a view that links the shell) stops the configure step.
function(vaultview_check_layers)
  get_property(libraries GLOBAL PROPERTY VAULTVIEW_LIBRARIES)
  foreach(library IN LISTS libraries)
    vaultview_layer_reach(${library} reach)
    get_target_property(links ${library} LINK_LIBRARIES)
    get_target_property(interface ${library} INTERFACE_LINK_LIBRARIES)
    foreach(link IN LISTS links interface)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
      if(link IN_LIST libraries AND NOT link IN_LIST reach)
        message(FATAL_ERROR "${library} links ${link}, an arrow docs/architecture.md does not allow "
                            "(the table is in cmake/VaultviewLayers.cmake)")
      endif()
    endforeach()
  endforeach()
endfunction()
