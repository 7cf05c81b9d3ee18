import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'f43d2a5f2b6e0c6b4b76a9828fdb7a7e6abc1bc4884ce4e99bc5ecc5a78c4755') {
    pending.push(import('./chunks/chunk-f72f935b283ed811d51126726a0d72e8421f3b3f620b60e59c832496b92effb6.js'));
  }
  if (key === '0d5618eba011d21d792472aab00371abedbdd7b40a85503fee2f153c725fb89d') {
    pending.push(import('./chunks/chunk-86f8583598a7302afbecea028172b6801cb172086ce376c46fbb7e08fe12cc1f.js'));
  }
  if (key === '766803cced5a30a9c30c74c40bb4a3eb6852e27ac3e1842815774de78877d182') {
    pending.push(import('./chunks/chunk-95b7f0d26bb3b2b0e3f7859945ebe2a4853ae5438dbfe3616854fca3efad6c17.js'));
  }
  if (key === '8a9fd523b5308516f4b64b2a5d2ed314cfae0d05a03930b7528538ae91f67993') {
    pending.push(import('./chunks/chunk-310b3a78e03c3f95d0483c7f01b2e5db18728a28420da7f2abc4e1c285ac56ff.js'));
  }
  if (key === 'e7ac6a91232c05d61f49543c74641c0d7956e9620303023a26000bb5b72b1152') {
    pending.push(import('./chunks/chunk-86f8583598a7302afbecea028172b6801cb172086ce376c46fbb7e08fe12cc1f.js'));
  }
  if (key === 'dd6997334a51a1b51550b8a3df433d943fb2acdf2c1ab0a557d03069bba4eaab') {
    pending.push(import('./chunks/chunk-5c404c32f8153ab2d01ed336e3ee7206c78500987418fb9ad4d4ca650783c94b.js'));
  }
  if (key === 'f40df80dfc4248b33563939c364b1422e18b9ec65b39bcc7709301d8d27b86c4') {
    pending.push(import('./chunks/chunk-f72f935b283ed811d51126726a0d72e8421f3b3f620b60e59c832496b92effb6.js'));
  }
  if (key === '68b7b218b63c173fa28e7869a33909a2c36a2155c8a89e0d8e89e0e16d2ad4fc') {
    pending.push(import('./chunks/chunk-d097ddc33d14d36fd7af521bf01defb1cc0c2db3b06dcb7545762c0065e2e0b8.js'));
  }
  if (key === 'f25db2ca1fdab644d8c65ef3fecfc079624202fe5a032eaee061afc0771c0d07') {
    pending.push(import('./chunks/chunk-40a35c86bb16c080f69bb6665ac374848bdba2bedaa40ffdaeaf3737a6aaf67d.js'));
  }
  if (key === 'fa5ea78e585df636ebfd682306fa96f109b104f297971d7a91e3f7c6398742f6') {
    pending.push(import('./chunks/chunk-33ddc047ae3b1eb7bd7f5c34150b9ff92e9711b91cc12034f670a57d118d548e.js'));
  }
  if (key === '9cfef3ea8432618da4d094b3c9b15bfadd4cf0c49fd8dbec7931015a2af9abce') {
    pending.push(import('./chunks/chunk-19ae7453873a01f2ea4323ddecc6bdbd454229c18785f8354122fefc58863e25.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}