// `npm run analyze` writes custom-elements.json from the JSDoc in src/ (@fires, @csspart,
// @cssprop, @slot, @attr). CI regenerates it and fails if the committed file differs.
// comment-parser is the analyzer's own JSDoc parser, so @attr lines are read the way it reads them.
import { parse } from 'comment-parser';

/**
 * Validated attributes are declared as `static properties = { phaseSeconds: attribute('phase-seconds', spec) }`
 * (src/core/base.ts). The analyzer cannot see the attribute name inside that call and would list an
 * attribute named after the field; this plugin reads the call and puts the real name in the manifest.
 */
function validatedAttributes() {
  const found = new Map(); // class name → Map(field → attribute)
  return {
    name: 'sciatica-validated-attributes',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        const init = member.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        for (const prop of init.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isCallExpression(prop.initializer)) continue;
          const call = prop.initializer;
          const [first] = call.arguments;
          if (call.expression.getText() !== 'attribute' || !first || !ts.isStringLiteral(first)) continue;
          if (!found.has(node.name.text)) found.set(node.name.text, new Map());
          found.get(node.name.text).set(prop.name.getText(), first.text);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const fields = found.get(declaration.name);
        if (!fields) continue;
        for (const [field, attributeName] of fields) {
          const attributes = declaration.attributes ?? [];
          const byField = attributes.find((a) => a.fieldName === field && a.name === field && field !== attributeName);
          const named = attributes.find((a) => a.name === attributeName);
          if (byField && named) {
            // The class JSDoc's @attr already documents it: keep that entry and tie it to the field.
            named.fieldName = field;
            named.type ??= byField.type;
            declaration.attributes = attributes.filter((a) => a !== byField);
          } else if (byField) {
            byField.name = attributeName;
          } else if (named) {
            named.fieldName = field;
          }
          const member = declaration.members?.find((m) => m.name === field);
          if (member) member.attribute = attributeName;
        }
      }
    },
  };
}

/**
 * The analyzer's Lit support copies each `static properties` entry over the attribute that the class
 * JSDoc documents with `@attr`, leaving the field's TypeScript type (`RedFlagMode`, `SerializedPainMap`)
 * and the property's comment. The `@attr` line is the one written for page authors (the values the
 * attribute takes as text, `[name=default]`), so this plugin puts its type, description and default
 * back. Generated editor data, JSX types and docs/elements.md rely on it (scripts/generate-integrations.mjs).
 */
function classAttributeDocs() {
  const documented = new Map(); // class name → Map(attribute → { type, description, default })
  return {
    name: 'sciatica-class-attribute-docs',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const jsDoc of node.jsDoc ?? []) {
        for (const block of parse(jsDoc.getFullText())) {
          for (const tag of block.tags) {
            if (tag.tag !== 'attr' && tag.tag !== 'attribute') continue;
            if (!documented.has(node.name.text)) documented.set(node.name.text, new Map());
            documented.get(node.name.text).set(tag.name, {
              type: tag.type,
              description: tag.description.replace(/^-\s*/, '').trim(),
              default: tag.default,
            });
          }
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const docs = documented.get(declaration.name);
        if (!docs) continue;
        for (const attribute of declaration.attributes ?? []) {
          const doc = docs.get(attribute.name);
          if (!doc) continue;
          if (doc.type) attribute.type = { text: doc.type };
          if (doc.description) attribute.description = doc.description;
          if (doc.default !== undefined) attribute.default = doc.default;
        }
      }
    },
  };
}

/** Orders modules by path, so the manifest is the same whichever order the file system lists files in. */
function stableOrder() {
  return {
    name: 'sciatica-stable-order',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Content is data (exercise records and drawings), not API, and the autoloader defines no element:
  // they stay out of the manifest.
  exclude: ['src/generated/**', 'src/content/**', 'src/autoloader/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [validatedAttributes(), classAttributeDocs(), stableOrder()],
};
