#pragma once
/// @file roles.h  Item data roles shared by Parallax's models and views (one place, so views never guess).
#include <Qt>

namespace parallax::ui {

/// Custom roles; every model documents which of them it answers.
enum Role : int {
    IdRole = Qt::UserRole + 1,  ///< QString: id of the row's object (story, article, conflict, group)
    NodeKindRole,               ///< int NodeKind (story tree)
    SortRole,                   ///< QVariant used for sorting (numbers sort as numbers)
    SeverityRole,               ///< int(parallax::Severity)
    TypeRole,                   ///< int(parallax::ConflictType)
    VerdictRole,                ///< int(parallax::Verdict)
    StoryRole,                  ///< QString story id
    ArticleRole,                ///< QString article id
    ByteStartRole,              ///< qulonglong: byte offset into the article text
    ByteEndRole,                ///< qulonglong
    CoverageRole,               ///< int(parallax::Coverage)
    SnippetHtmlRole,            ///< QString: escaped HTML with <b> around the matched words
    GroupRole,                  ///< QString group id
};

/// Kind of a node in the stories tree.
enum class NodeKind : int { Story = 0, Article = 1 };

}  // namespace parallax::ui
